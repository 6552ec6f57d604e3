"""Self-harm now or just done, said plainly or obliquely.

Patterns for the ``self_harm`` kind, tried in order (see ``crisis_rules``): cuts, burns,
hitting, starving, relapsing.
"""

from __future__ import annotations

from bondlens.analysis.crisis_rules.words import BODY, OVER

SELF_HARM: tuple[str, ...] = (
    rf"\b(?:slammed|smashed|punched|bashed)\b (?:my )?(?:{BODY}|fist)\b[^.]{{0,30}}\b(?:again and again|over and over|on purpose)\b",  # noqa: E501
    r"\b(?:smashing|smashed|bashing|bashed|slamming|slammed) my head (?:on|against|into) (?:the )?(?:tiles|floor|mirror|door|sink|radiator)\b",  # noqa: E501
    # Burns and scalds done on purpose: "poured the kettle over my arm on purpose".
    rf"\b(?:burnt|burned|burning|scalded|scalding)\b (?:my )?{BODY}\b[^.]{{0,30}}\b(?:on purpose|over and over|again and again|deliberately)\b",  # noqa: E501
    rf"\b(?:poured|tipped)\b[^.]{{0,30}}\b(?:over|on|onto) my {BODY}\b[^.]{{0,20}}\b(?:on purpose|deliberately)\b",  # noqa: E501
    r"\b(?:its|it is|blood is|blood s|bloods) (?:pumping|spurting|gushing)(?: out)?\b",
    # Bleeding that will not stop: "bleeding through towel after towel", "cut really deep".
    r"\bbleeding through (?:towel after towel|the towels?|another towel|the bandages?|the plasters?|my sleeve)\b",  # noqa: E501
    r"\bcut (?:really |so |very |way )(?:too )?deep\b(?! into)",
    r"\bcut (?:too deep|too deeply|deeper than (?:ever|before|i meant|i wanted))\b",
    # Seeking hurt from others: "start on people so someone else will hurt me".
    r"\bso (?:someone|somebody|they|he|she|people|someone else|somebody else) (?:will|would|can|could|might) (?:hurt|hit|beat|kill|stab|batter) me\b",  # noqa: E501
    # Driving to be hurt: "drove too fast with my lights off".
    r"\b(?:drove|drive|driving|drives)\b[^.]{0,40}\b(?:with (?:my|the) (?:head)?lights off|with my eyes closed)\b",  # noqa: E501
    # The tools and the aftermath, said lightly: "self care is plasters and something sharp".
    r"\bsomething sharp\b[^.]{0,40}\b(?:plasters?|bandages?|band aids?|bandaids?)\b|\b(?:plasters?|bandages?|band aids?|bandaids?)\b[^.]{0,40}\bsomething sharp\b",  # noqa: E501
    # A cover story told about the marks: "told the GP the cuts were from gardening".
    r"\btold (?:the |my )?(?:gp|doctor|nurse|teacher|mum|mom|dad|boss|school|everyone|people|them|her|him)\b[^.]{0,20}\b(?:the |my )?(?:cuts|burns|marks|scars|scratches) (?:were|was|are) from\b",  # noqa: E501
    r"\bcut (?:up myself|myself up)\b|\bnag ?(?:cut|laslas|sugat)\b(?: na naman)? ako\b|\bsinugatan ko (?:na naman )?(?:ang )?sarili ko\b",  # noqa: E501
    r"\bself (?:harm|harming|harmed|injury|injure|injuring|injured|hurt|hurting)\b",
    r"\b(?:cut|cuts|cutting|cutted|carve|carved|carving|burn|burnt|burned|burning|scratch|scratched|scratching|hurt|hurts|hurting|harm|harmed|harming|hit|hitting|punch|punched|punching|bang|banged|banging|starve|starved|starving|bite|bit|biting|pinch|pinching|punish|punished|punishing|bruise|bruised|mutilate|mutilated|mutilating) (?:myself|my self)\b",  # noqa: E501
    r"\b(?:cut|cuts|cutting|carve|carved|carving|scratched|scratching|slashed|slashing|burned|burnt|burning) (?:into )?(?:my|the) (?:own )?(?:arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hip|hips|forearm|forearms|ankle)\b",  # noqa: E501
    r"\b(?:razor|razors|blade|blades|lighter|compass|sharpener)\b[^.]{0,40}\b(?:arm|arms|wrist|wrists|thigh|thighs|skin|myself|my self|scars?|bleed|bleeding)\b",  # noqa: E501
    r"\b(?:hide|hid|hiding|hidden|cover|covered|covering) (?:the |my )?(?:cuts|scars|burns|marks|bruises|razors|blades|arms|wrists)\b",  # noqa: E501
    r"\b(?:relapse|relapsed|relapsing|slipped|clean)\b[^.]{0,20}\b(?:self harm|cutting|burning|cut)\b",  # noqa: E501
    r"\b(?:urge|urges|craving|cravings|itch|need) to (?:cut|burn|hurt|harm|punish|bleed|scratch)\b",
    r"\b(?:started|start|starting|back to|went back to|go back to) (?:cutting|burning myself|hurting myself)\b",  # noqa: E501
    r"\bmake myself bleed\b",
    r"\b(?:banged|bang|banging|hit|hitting|smashed|smashing|slammed|slamming|punched|punching|smacked|smacking|bashed|bashing) my (?:head|fists?|hands?|arms?|legs?|face) (?:against|on|into|with)\b[^.]{0,40}\b(?:over and over|again and again|until|till|til|on purpose|deliberately|repeatedly|to feel|to punish|as hard as)\b",  # noqa: E501
    r"\b(?:held|hold|holding|put|pressed|press) my (?:hand|arm|finger|fingers|wrist|skin) (?:over|on|in|against|into) (?:the |a )?(?:candle|flame|lighter|stove|hob|iron(?! (?:railing|railings|gate|gates|fence|bar|bars|rail|rails|bed|frame|handle|door|chain|bench|post|grate|grille))|fire|hot|boiling)\b",  # noqa: E501
    r"\b(?:hurting|hurt|harming|harm|punishing|punish|damaging) my (?:own )?(?:body|skin|arms|legs)\b",  # noqa: E501
    r"\b(?:used|use|using) (?:the |a |my )?(?:scissors|blade|razor|knife|lighter|compass) on (?:my|myself)\b",  # noqa: E501
    r"\b(?:want|wanna|need|urge|going|tempted) to (?:cut|burn)\b(?= (?:so|again|really|badly|right now|tonight|now)|$)",  # noqa: E501
    r"\b(?:hid|hide|hiding|keep|keeping|stash|stashed|bought|buying|got) (?:the |my |a |some |new )?(?:razor blades|razor blade|blades|blade|razors)\b",  # noqa: E501
    r"\b(?:until|till|til) (?:i|it|they|my \w+) (?:bled|bleed|bleeds|bruised|bruise|blistered|burned|split|swelled|swelled up|swole|cracked)\b",  # noqa: E501
    r"\b(?:wanted|want|needed|need) (?:it|them) to hurt\b",
    r"\b(?:carved|carve|carving|cut|scratched|etched|wrote) (?:\w+ ){1,3}(?:into|in|on) my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hand)\b",  # noqa: E501
    r"\bfresh (?:cuts|scars|wounds|burns)\b",
    r"\b(?:blade|blades|razor) (?:out of|from) (?:my |a |the )?(?:pencil )?(?:sharpener|razor|shaver)\b",  # noqa: E501
    r"\b(?:picking|pick|picked|opening|reopening|tearing) (?:at )?(?:my )?(?:scars|scabs|wounds|cuts)\b",  # noqa: E501
    r"\b(?:scalded|scalding|burned|burnt|burning|hurt|hit|cut|scratched|bruised|punched|starved) (?:\w+ ){0,7}on purpose\b",  # noqa: E501
    r"\b(?:need|needed|want|wanted) to (?:see|feel) (?:blood|pain|it hurt)\b",
    r"\b(?:been |started |start )?(?:cutting|cut) (?:again|tonight|today|last night|this morning)\b",  # noqa: E501
    r"\b(?:lines|marks|scratches|cuts|slashes|burns) (?:on|across|in|up) my (?:wrist|wrists|arm|arms|thigh|thighs|leg|legs|skin|stomach|hip|hips)\b",  # noqa: E501
    r"\b(?:pull|pulling|pulled|rip|ripping|ripped|tear|tearing|tore) (?:out )?(?:my )?hair (?:out )?(?:until|till|in clumps|so hard)\b",  # noqa: E501
    r"\b(?:the |my )?(?:cuts|burns|scratches|wounds) (?:are|were|is|was|got|getting) (?:deeper|worse|bigger|more)\b",  # noqa: E501
    r"\b(?:bit|bite|biting|bitten) (?:my|myself on the) (?:own )?(?:arm|arms|hand|hands|wrist|fingers?|leg)\b[^.]{0,30}\b(?:so hard|until|till|bled|bleed|bruise|marks|blood)\b",  # noqa: E501
    r"\b(?:cuts|scratches|marks|bruises|burns|scars|wounds)\b[^.]{0,20}\b(?:i made|i gave myself|i did myself|i caused)\b|\bmade (?:the |these |those )?(?:cuts|scratches|marks|bruises|burns) (?:myself|on myself)\b",  # noqa: E501
    r"\b(?:poured|pour|pouring|held) (?:boiling|hot|scalding) (?:water|oil|tea|coffee) (?:on|over|onto) my (?:own )?(?:hand|hands|arm|arms|leg|legs|skin|wrist|foot|feet)\b",  # noqa: E501
    r"\b(?:pushed|stuck|jabbed|dug|pressed|stabbed) (?:a |the )?(?:needle|pin|pen|knife|blade|scissors|compass|nail|nails) (?:into|in) my (?:own )?(?:arm|arms|thigh|thighs|leg|legs|skin|hand|stomach|wrist)\b",  # noqa: E501
    r"\b(?:cover|covers|covering|covered|hide|hides|hiding|hid) (?:up )?(?:the|my) (?:new |fresh |latest |newest |worst |todays |last nights )?(?:cuts|scars|marks|lines|burns|scratches|bruises)\b(?! (?:from (?:the|my) (?:fall|accident|surgery|operation)))",  # noqa: E501
    r"\bso (?:no one|nobody|noone|no body) (?:can |would |will |could )?(?:sees?|notices?|spots?) (?:the \w+ on )?my (?:arms|wrists|thighs|cuts|scars)\b",  # noqa: E501
    # Hitting or scratching oneself: "my own face", and covering marks so others do not see.
    r"\b(?:slapped|slapping|slap|hit|hitting|punched|punching|smacked|smacking|scratched|scratching|pinched|pinching|bit|biting|clawed|clawing) (?:at )?my own (?:face|head|arms?|legs?|thighs?|skin|hands?|stomach|chest|cheeks?|wrists?)\b",  # noqa: E501
    r"\bso (?:\w+ ){1,2}(?:wouldnt|would not|doesnt|does not|didnt|did not|cant|can not|wont|will not|would|could|can|will|dont|do not)? ?(?:see|sees|notice|notices|spot|spots|ask about) (?:the|my) (?:cuts|scars|marks|burns|arms|wrists|thighs)\b(?! (?:from|after) (?:the|my) (?:fall|accident|surgery|operation))",  # noqa: E501
    # Fourth round: cuts hidden or healing, cutting "after", picturing it.
    r"\b(?:so )?(?:the |my )?(?:cuts|scars|marks|burns) (?:wont|will not|dont|do not|can not|cant) (?:show|be seen)\b",  # noqa: E501
    r"\b(?:the |my )?(?:new|fresh|last nights|todays|yesterdays|recent) (?:cuts|burns)\b(?= (?:are|were|is|still|healing|sting|stinging|hurt|under|on my))|\bbecause of (?:the |my )?(?:last nights|new|fresh|todays) (?:cuts|burns)\b",  # noqa: E501
    r"^(?:i )?(?:cut|self harmed|self harm)(?: again)? (?:after|afterwards|after that|after it)$",
    r"\b(?:picturing|imagining|craving|crave|itching to|urge to|urges to)\b (?:cutting|burning myself|hurting myself|the blade|a blade|cut myself|cut again)\b",  # noqa: E501
    r"\b(?:scars|cuts|marks|burns)\b[^.]{0,30}\b(?:fresh|new|open|bleeding) again\b|\b(?:marks|scars|cuts|burns)\b[^.]{0,60}\b(?:make|making|add|adding) (?:new|more|fresh) (?:ones|cuts|marks|scars|lines)\b",  # noqa: E501
    r"^(?:more |fresh |new )(?:cuts|burns|marks)$",
    r"\b(?:made myself sick|starved myself|starve myself|skipped (?:meals|eating|food|dinner)|hit myself|hurt myself|scratched myself|burned myself|burnt myself)\b[^.]{0,40}\b(?:as (?:a )?punishment|to punish myself|because i deserve)\b",  # noqa: E501
    r"\bdid the (?:bruises|cuts|marks|scratches|burns) (?:myself|to myself)\b|\b(?:was not|wasnt|isnt|is not) the cat\b|\bthe cat (?:did not|didnt|never) scratch me\b|\bcat scratch(?:ing|es)? (?:excuse|story|lie)\b",  # noqa: E501
    r"\b(?:banging|banged|hitting|hit|smashing|smashed) my head (?:against|on|into) (?:the )?(?:wall|door|floor)\b[^.]{0,30}\b(?:to make it stop|until|till|so hard|bled|bleed|bruise)\b",  # noqa: E501
    # Out-of-fold misses (2026-11-24, afternoon): an injury explained away to a nurse or
    # doctor who did not believe it.
    rf"\b(?:stitches|steri strips|glued|wound|wounds|cut|cuts|burn|burns|dressing|bandage|bandaged)\b{OVER}\btold (?:the |my |a |an )?(?:nurse|nurses|doctor|doctors|gp|a and e|a e|er|triage|school nurse)\b[^.]{{0,30}}\b(?:i|it) (?:slipped|fell|tripped|was an accident|was the cat|was a cat|was cooking|caught it|did it cooking)\b{OVER}\b(?:(?:she|he|they) (?:didnt|did not) believe (?:me|it|a word)|(?:it|that) (?:wasnt|was not)|lied|lying)\b",  # noqa: E501
    # From fresh_m (2026-11-24, afternoon): sleeves in the heat and "they think I'm always
    # cold", deserving the marks and adding another, a cover story and "there was no bike".
    rf"^(?!.*\b(?:because of|eczema|sunburn|burn easily|psoriasis|sun cream|allergy|allergic)\b).*?\b(?:long sleeves|long sleeved|hoodie|hoodies|jumper|sweater|cardigan|sweatshirt)\b[^.]{{0,40}}\b(?:beach|july|august|heatwave|summer|roasting|boiling|30 degrees|hot|sweltering|baking)\b{OVER}\b(?:think|thinks|assume|assumes|say|says|reckon|reckons)\b[^.]{{0,15}}\b(?:always cold|just cold|feel the cold|cold blooded|always freezing)\b",  # noqa: E501
    rf"\b(?:deserve|deserved) (?:the|these|those|my|every one of the|each of the) (?:marks|cuts|burns|lines|scars|bruises)\b(?! (?:for|i got|on|in)\b)(?![^.]*\b(?:to|on) my record\b){OVER}\b(?:adding|add|another one|one more|tonight|again)\b",  # noqa: E501
    rf"\btold (?:the |my |a )?(?:school )?(?:nurse|doctor|gp|teacher|mum|mom|dad|everyone|them|her|him|coach|boss)\b[^.]{{0,40}}\b(?:i|it) (?:came off|fell off|fell|slipped|tripped|walked into|caught it|scratched it|burnt it|burned it)\b{OVER}\bthere (?:was|were|is) no (?:bike|cat|door|fall|stairs|accident|glass|knife|oven|iron|dog|tree|wall)\b(?![^.]*\b(?:lol|haha|it was a)\b)",  # noqa: E501
    # From fresh_n (2026-11-24, afternoon): plasters bought, "you know what for".
    r"^(?!.*\b(?:kids|children|first aid|toddler|son|daughter|sons|daughters)\b).*?\b(?:plasters|bandages|steri strips|antiseptic|gauze|dressings|blades|razors)\b[^.]{0,60}\byou know (?:what|why) (?:for|they are for|its for|it is for)\b",  # noqa: E501
    # From mixed_q (2026-11-24, night): another plaster, another lie.
    rf"^(?!.*\b(?:kids|children|first aid|toddler|son|daughter|sons|daughters|knee|knees)\b).*?\b(?:another|more|new|fresh) (?:plasters?|bandages?|band aids?|steri strips?|dressings?)\b{OVER}\b(?:lie|lies|lied|lying|excuse|excuses) (?:about|to)\b",  # noqa: E501
    # From mixed_s (2026-11-25, read after its uses by counts): the older "held my hand on
    # the stove" rule widened to a palm, a thumb or a forearm, a stove ring or an exhaust
    # (never "burned my hand on the hob", an accident, nor an iron railing); held to a
    # radiator, a kettle or a hot tap only when it went on until it burned or could not
    # be borne.
    r"\b(?:held|hold|holding|holds|pressed|press|pressing|presses|kept|keep|keeping) my (?:\w+ )?(?:palm|palms|hand|hands|finger|fingers|fingertips?|thumb|arm|forearm|wrist|wrists|skin) (?:flat )?(?:on|against|onto|in|into) (?:the |a |my )?(?:hot |burning |lit )?(?:\w+ ){0,2}?(?:stove ring|stove|hob|hotplate|hot plate|exhaust|iron(?! (?:railing|railings|gate|gates|fence|bar|bars|rail|rails|bed|frame|handle|door|chain|ring|bench|post|grate|grille))|burner|grill|oven door|oven rack|lighter|candle flame|flame|flames|straighteners|curling iron|element)\b",  # noqa: E501
    r"\b(?:held|hold|holding|pressed|pressing|kept|keeping|ran|running|put|putting|stuck) my (?:\w+ )?(?:palm|palms|hand|hands|finger|fingers|fingertips?|thumb|arm|forearm|wrist|wrists) (?:on|against|onto|in|into|over|under) (?:the |a |my )?(?:\w+ ){0,3}?(?:radiator|heater|fire|kettle|tap|hot water|boiling water|candle|pan|oven)\b[^.]{0,40}\b(?:until|till|til)\b[^.]{0,30}\b(?:burned|burnt|burning|blistered|blisters|could not bear|couldnt bear|could not stand|couldnt stand|screamed|smelled|smelt)\b",  # noqa: E501
)
