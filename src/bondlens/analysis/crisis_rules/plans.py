"""Plans and means: a method, a place or a time, means gathered, affairs put in order.

Patterns for the ``plan_or_means`` kind, tried in order (see ``crisis_rules``), and a
goodbye said with an act under way.
"""

from __future__ import annotations

from bondlens.analysis.crisis_rules.words import GOODBYE, OVER, OVER2, OWN, PILLS

# A goodbye or a last request said with means ready: "tell the kids daddy loves them".
_NIGHT = rf"(?:{GOODBYE}|goodnight|good night|night all|night everyone|loves? (?:them|you|u|her|him)|look after \w+)"  # noqa: E501

PLAN_OR_MEANS: tuple[str, ...] = (
    # Quiet arrangements (2026-11-24): pills filled at two chemists, blades and pills
    # laid out together, subscriptions "not needed after Friday", debts paid so no
    # one is owed by "a dead man".
    rf"{OWN}\b(?:prescriptions?|scripts?|pills|tablets|meds|paracetamol|painkillers)\b[^.]{{0,30}}\b(?:at|from) (?:two|three|four|different|several|separate) (?:chemists|pharmacies|pharmacys|drugstores|chemist shops)\b",  # noqa: E501
    r"\b(?:razor blades|blades|razors|pills|tablets|rope|knife|vodka) and (?:the |my |all the |all my )?(?:pills|tablets|blades|razor blades|razors|rope|vodka|whisky|alcohol)\b[^.]{0,25}\btogether\b",  # noqa: E501
    r"\b(?:wont|will not|shant) (?:be needing|need) (?:them|it|any of (?:them|it|this)|these|those)(?: anymore| any more)? (?:after|from|past|beyond) (?:tonight|tomorrow|today|this week|this weekend|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?![^.]{0,40}\b(?:moving|move|new job|abroad|travelling|traveling|holiday|because|cause|cos|since|as i)\b)",  # noqa: E501
    # (begins after "owed": "not owed anything by a dead man" is no denial)
    r"(?<=\bowed )(?:\w+ ){0,3}?by a dead (?:man|woman|person|girl|guy|lad)\b",
    # Means in use now, told flatly: on the tracks, a gun on the lap or to the head,
    # bleach drunk, the gas on and not lit, fumes in a shut garage, a ligature tied.
    r"\b(?:standing|sitting|lying|stood|sat|waiting|laying) on the (?:train |railway )?(?:tracks|track|railway line|rail line)\b(?! for (?:a|the) (?:photo|picture|shoot))",  # noqa: E501
    rf"\b(?:rifle|gun|pistol|shotgun|revolver)s?(?: is| s)? (?:on my lap|in my lap|in my hand|loaded)\b{OVER2}\b(?:i am ready|im ready|ready now|working up to it|its time|{GOODBYE})\b",  # noqa: E501
    r"(?<!with a )(?<!with the )\b(?:gun|pistol|barrel|rifle|shotgun|revolver)(?: is| s)? (?:in my mouth|against my head|to my head|under my chin|to my temple)\b",  # noqa: E501
    r"(?:^|\bi (?:just |have |ve )?|\bjust )(?:drank|drunk|swallowed|downed) (?:the |some |a (?:bottle|cup|glass|mug) of |half the |all the |a load of )?(?:bleach|drain cleaner|antifreeze|weed killer|weedkiller|pesticide|rat poison|paraquat|dettol|oven cleaner)\b",  # noqa: E501
    r"\b(?:turned|left|put) (?:all )?(?:the )?gas on\b[^.]{0,20}\b(?:didnt|did not|without|not) light(?:ed|ing)?\b",  # noqa: E501
    rf"\bfumes\b{OVER2}\bgarage (?:door |doors )?(?:is |s )?(?:all )?(?:shut|closed)(?: up)?\b|\bgarage (?:door |doors )?(?:is |s )?(?:all )?(?:shut|closed)(?: up)?\b{OVER2}\bfumes\b",  # noqa: E501
    r"\b(?:round|around) my neck\b[^.]{0,20}\b(?:tied|tight|fixed|attached|hooked) (?:to|on|onto) (?:the )?(?:wardrobe|door|rail|beam|banister|bannister|hook|railing|tree|loft|bunk)\b",  # noqa: E501
    rf"\b(?:lagoon|river|bridge|sea|water|lake|dam)(?: side)?\b{OVER}\bi wan jump\b",
    # Told in fragments, each harmless alone: "took nans heart tablets. all of them",
    # "in the car with the hose. radio on low", "the freeway is right below me.
    # waiting for a truck", "sober 3 years and i just used everything i had. all at once".
    rf"\b(?:took|taken|swallowed|downed)\b(?: \w+){{0,3}} (?:{PILLS}|medicine|pill organiser)\b[^.]{{0,15}}(?: \. )?(?:all of (?:them|it)|the (?:whole|entire) (?:packet|box|bottle|lot|month|months|strip|pack|supply)|every (?:last )?(?:one|pill|tablet))\b(?! (?:is |are )?(?:gone|used|finished|done|left))",  # noqa: E501
    r"\bi don (?:swallow|take|tek|drink) all (?:di|the|my|dem|dis) (?:medicine|medicines|pills|tablets|drugs|drug)\b",  # noqa: E501
    rf"\bemptied\b[^.]{{0,40}}\b(?:pill|pills|bottle|packet|{PILLS})\b[^.]{{0,20}}\b(?:into me|into myself|down my throat|into my mouth)\b",  # noqa: E501
    r"^(?=.*\b(?:clean|sober|sponsor|relapsed|relapse|recovery)\b).*?\b(?:used|took|did|shot up|snorted)\b (?:everything i had|all i had|the whole (?:bag|lot|stash|gram|bottle|batch)|all of it)\b[^.]{0,20}(?: \. )?[^.]{0,10}\b(?:all at once|in one go|at once|in one hit)\b",  # noqa: E501
    rf"\b(?:hose|hosepipe|taped up|taped the|tape over|sealed the)\b{OVER}\b(?:engine|engines|motor|car)(?: is| s)? (?:going|running|on)\b|\b(?:engine|engines|motor)(?: is| s)? (?:going|running|on)\b{OVER}\b(?:hose|hosepipe|taped up|taped the)\b",  # noqa: E501
    r"\bin the car with (?:a|the) (?:hose|hosepipe|pipe|tube)\b",
    rf"\bin the garage\b{OVER}\b(?:engine|engines|motor)(?: is| s)? (?:going|running|on)\b{OVER}\b(?:sleepy|drowsy|{GOODBYE})\b",  # noqa: E501
    r"\bnot (?:swimming|swim|going to swim) back\b",
    r"\bwalk(?:ing)? out (?:till|until|til|to where) (?:i|mi) (?:cant|cyaan|can not|cannot) touch (?:the )?bottom\b",  # noqa: E501
    rf"\b(?:waist|chest|neck|shoulder) deep in (?:the )?(?:river|sea|loch|lake|canal|water|ocean)\b{OVER2}\b(?:going further|keep going|keep walking|let it take me|not coming back|{GOODBYE})\b",  # noqa: E501
    r"\btides? (?:is |s )?coming in\b[^.]{0,30}\b(?:staying put|not moving|staying here|not getting up|letting it)\b",  # noqa: E501
    rf"\b(?:on|up on|over|sitting on|stood on|standing on) the (?:bridge |balcony |roof )?(?:railing|railings|parapet|ledge)\b{OVER2}\b{GOODBYE}\b",  # noqa: E501
    rf"\b(?:below|under|underneath|beneath) me\b{OVER}\bwaiting for (?:a|the|the next|a big) (?:truck|lorry|train)\b",  # noqa: E501
    rf"\b{PILLS} (?:(?:are|is|s) )?(?:kicking in|taking hold)\b{OVER2}\b(?:blurry|going dark|cant feel|can not feel|{GOODBYE})\b",  # noqa: E501
    # Under way now: a car running in a shut garage; at a height with a goodbye.
    r"\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b[^.]{0,40}\bgarage\b[^.]{0,30}\b(?:shut|closed)\b|\bgarage (?:door )?(?:is |s )?(?:shut|closed)\b[^.]{0,40}\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b|\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b[^.]{0,30}\bgarage (?:door )?(?:is |s )?(?:shut|closed)\b",  # noqa: E501
    rf"\b(?:i am|im|i m|i dey|mi deh) (?:at|on|for) (?:the )?(?:cliffs?|cliff edge|bridge|harbour wall|pier|edge|roof|rooftop|ledge|tracks|railway|viaduct|quarry)\b[^.]{{0,60}}\b{GOODBYE}\b",  # noqa: E501
    # Taken just now, told flatly: "took the lot", "took me whole prescription in one
    # go", "took the tablets a while ago, feeling awful sick now, dont tell mammy".
    r"(?:^|\bi (?:just )?|\bjust )(?:took|taken|swallowed|downed) the lot\b",
    r"\b(?:took|taken|swallowed|downed) (?:me|my|the) (?:whole|entire|full) (?:prescription|script|supply|stash)\b(?! (?:to|with|into|back))",  # noqa: E501
    r"\b(?:took|taken|swallowed|downed) (?:the|all the|all my|them|those|a load of) (?:tablets|pills|meds)\b[^.]{0,60}\b(?:dont tell|do not tell|dont be angry|do not be angry|blurry|not wake up|sick now|goodbye)\b",  # noqa: E501
    r"\b(?:drank|drinking|downed|took|taken|swallowed)\b[^.]{0,40}\bwith (?:all )?(?:my|the|of my) (?:pills|tablets|meds|medication|sleeping pills|painkillers)\b",  # noqa: E501
    # Taken, not only planned: "took everything in the cabinet twenty minutes ago".
    r"\b(?:took|taken|swallowed|downed|take|taking) (?:everything|all of it|the lot|whatever was|all that was) in (?:the|my) (?:bathroom |medicine )?(?:cabinet|cupboard|drawer|first aid box|medicine box)\b",  # noqa: E501
    # A way in for whoever comes after: "left a spare key so someone can get in afterwards".
    r"\bso (?:someone|somebody|they|she|he|people|the police) (?:can|could|will be able to) (?:get in|come in|find me)(?: afterwards| after| when it is done| once it is done)\b",  # noqa: E501
    r"\blast (?:thing|one|item|job) on (?:my|the) (?:list|to do list)\b[^.]{0,10}\bis me\b",
    # Preparations: insurance that pays out "either way", a note for "whoever finds me".
    r"\b(?:policy|life insurance|insurance)\b[^.]{0,40}\b(?:pays out|pay out|covers|cover|will pay) (?:either way|for suicide|suicide|no matter how)\b",  # noqa: E501
    r"\b(?:whoever|the person who|the one who) (?:finds|find) me\b",
    rf"\b(?:saved|saving|kept back|keeping back|held back|holding back|stockpiled|stockpiling|hoarding|hoarded|stashed|stashing|hiding|hid|counted|counting) (?:up )?(?:all )?(?:a lot of |enough |my |the |some |a bunch of |loads of |\w+ ){{0,3}}{PILLS}\b(?! for (?:my|a|the|her|his|our) (?:headache|migraine|cold|flu|period|cramps|back|toothache|tooth|head|fever|hangover|sore|allergies|hay fever|knee|cough))(?![^.]*\b(?:for the (?:week|fortnight|month|holiday|trip)|into (?:her|his|their|mums|dads|nans|grans|the) (?:\w+ )?(?:box|organiser|organizer|tray|case)|pill (?:box|organiser|organizer)|blister packs?|carer|pharmacist)\b)",  # noqa: E501
    # Buying or keeping medicine is everyday ("got my meds"): only an amount makes it a
    # gathering of means.
    rf"\b(?:bought|buying|got|getting|kept|keeping|stocked|stocking|collected|collecting) (?:up )?(?:on )?(?:all |enough |a lot of |loads of |lots of |heaps of |a bunch of |a load of |so many |a stash of |a pile of |boxes of |packs of |packets of |bottles of |every ){{1,2}}(?:\w+ ){{0,2}}{PILLS}\b(?! for (?:my|a|the|her|his|our) (?:headache|migraine|cold|flu|period|cramps|back|toothache|tooth|head|fever|hangover|sore|allergies|hay fever|knee|cough))(?![^.]*\b(?:for the (?:week|fortnight|month|holiday|trip)|into (?:her|his|their|mums|dads|nans|grans|the) (?:\w+ )?(?:box|organiser|organizer|tray|case)|pill (?:box|organiser|organizer)|blister packs?|carer|pharmacist)\b)",  # noqa: E501
    rf"\b(?:bought|buying|got|getting|kept|keeping|stocked|stocking|collected|collecting) (?:up )?(?:on )?(?:\w+ ){{0,3}}{PILLS}\b(?=.{{0,80}}\b(?:back|lined up|laid out|instead of|stockpile|a supply|what (?:they are|theyre|its|it is|they were) for|(?:isnt|is not|not|arent|are not) for (?:a |my )?(?:headache|pain|me to take|taking)|for (?:a month|months|weeks|ages)|for (?:the end|when i)|different (?:shops|chemists|pharmacies|stores|places|doctors)|(?:each|every) (?:shop|chemist|pharmacy|prescription|time)|(?:so|wouldnt|would not|wont|will not|didnt|did not|nobody|no one|noone) (?:\w+ ){{0,4}}(?:ask|asks|asked|notice|notices|noticed|questions|say anything)|waiting$)\b)",  # noqa: E501
    rf"\b(?:collected|collecting|kept|keeping|got|taken|took) (?:\w+ ){{0,2}}(?:old|leftover|left over|unused|unfinished|expired) (?:\w+ )?{PILLS}\b",  # noqa: E501
    rf"\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed) (?:all|every one|the whole|a whole|the rest|a bottle|a bunch|a handful|a load|too many) (?:of )?(?:my |the |those |these )?(?:{PILLS}|bottle|packet|box|them|of them)\b",  # noqa: E501
    r"\b(?:overdose|overdosing|overdosed|od on|od ing)\b",
    rf"\b{PILLS} (?:saved|stashed|hidden|stockpiled|put aside|put away)\b",
    r"\btake them all (?:at once|together|tonight|in one go)\b",
    r"\b(?:picked|chosen|chose|set) (?:a|the) date$",
    r"\bhow (?:i|id) (?:would |will |am going to |d |id |could )?do it\b",
    r"\bknow where\b[^.]{0,30}\b(?:gun|guns|pistol|rifle|pills|rope)\b",
    r"\b(?:bought|got|hid|hidden|hiding|have) (?:a |the |some )?(?:rope|noose)\b(?![^.]{0,30}\bfor (?:the |a |my |our )?(?:washing|clothes|garden|boat|tent|swing|climbing|dog|camping|hammock|allotment|tomato|tomatoes|plants|beans|fence|trailer|roof rack|boxes|move))",  # noqa: E501
    r"\b(?:drive|drove|driving|crash|crashed|crashing|steer|swerve) (?:my |the )?car (?:into|off|in front of)\b",  # noqa: E501
    r"\b(?:look|looks|seem) like an accident\b",
    r"\b(?:wrote|writing|written|left|leaving)\b[^.]{0,50}\b(?:saying|say|said) goodbye\b",
    r"\b(?:lethal|fatal|deadly) (?:dose|amount)\b",
    rf"\bhow (?:many|much) (?:{PILLS}|of (?:them|these|my \w+)) (?:it )?(?:would|will|does|to|it takes|to take|would it take|kill)",  # noqa: E501
    r"\b(?:suicide|goodbye|farewell|final|last) (?:note|notes|letter|letters|message|messages|video|videos|texts?|emails?)\b",  # noqa: E501
    r"\b(?:wrote|written|writing|write|left|leave) (?:a |my |the )?(?:note|notes|letters?) (?:for|to) (?:everyone|my (?:family|kids|children|mom|mum|parents|partner|sister|brother)) (?:for )?(?:when|after|before) i\b",  # noqa: E501
    r"\bsay(?:ing)? (?:my )?goodbyes?\b[^.]{0,25}\b(?:for good|forever|one last time|before i go|in case)\b",  # noqa: E501
    r"\b(?:jump|jumping|jumped|throw myself|step|stepping|walk|walking|drive|driving|drove) (?:off|from|in front of|into|onto|under) (?:a |the |that |this )?(?:bridge|roof|rooftop|building|cliff|ledge|balcony|train|tracks|traffic|bus|truck|lorry|river|sea|motorway|highway|overpass)\b",  # noqa: E501
    r"\b(?:stood|standing|stand|sat|sitting|climbed|climbing) (?:on|at|over|by) (?:the |a |that )?(?:edge|ledge|railing|railings|parapet|edge of the (?:roof|bridge|cliff|platform))\b",  # noqa: E501
    r"\b(?:went|go|going|drove|drive|driving|walked|walk|walking) (?:up )?to (?:the |a |that )?(?:bridge|cliff|cliffs|tracks|railway|roof|rooftop)\b(?! (?:club|game|party|bar|tournament|lesson|class))",  # noqa: E501
    r"\b(?:noose|hang myself|hanging myself|hang my self)\b",
    r"\b(?:bought|buying|got|tied|tie|tying) (?:a |the )?(?:rope|cord|belt) (?:to|for) (?:hang|end|kill|do it)\b",  # noqa: E501
    r"\b(?:bought|buying|got|have|has|found|know where)\b[^.]{0,30}\b(?:gun|pistol|rifle|shotgun|firearm)\b[^.]{0,40}\b(?:myself|end it|end my|do it|kill me|for me)\b",  # noqa: E501
    r"\b(?:gun|pistol|rifle|knife|blade|pills|rope)\b[^.]{0,30}\b(?:to|for) (?:end it|end my life|kill myself|do it)\b",  # noqa: E501
    r"\b(?:picked|chose|chosen|set|have|got|made) (?:a |the )?(?:date|day|time|plan|method)\b[^.]{0,40}\b(?:die|end it|kill|do it|suicide|go)\b",  # noqa: E501
    r"\b(?:i have|i have got|i got|there is) a plan\b(?! for)",
    r"\b(?:worked out|figured out|decided|know|researched|looked up|googled|searching|searched) (?:how|when|where) (?:i would|i will|i am going to|to) (?:do it|end it|die|kill|go)\b",  # noqa: E501
    r"\b(?:researched|looked up|googled|searched) (?:ways|methods|how) (?:to|of) (?:die|dying|kill|suicide|end)\b",  # noqa: E501
    r"\b(?:tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) is the (?:night|day|one)\b",  # noqa: E501
    r"\b(?:giving|gave|give) away (?:all )?my (?:things|stuff|belongings|cat|dog|pets)\b|\b(?:giving|gave|give|given) (?:all )?my (?:things|stuff|belongings|possessions) away\b(?! to charity)",  # noqa: E501
    r"\bgo through with it\b",
    r"\b(?:engine|motor) running\b[^.]{0,40}\b(?:garage|closed|shut|inside)\b|\b(?:garage|shut in the car)\b[^.]{0,40}\bengine running\b",  # noqa: E501
    r"\b(?:looked|looking|stared|staring|watched|watching) (?:at|down at) (?:the )?(?:train line|railway|tracks|trains|the drop|the water|the river)\b[^.]{0,40}\b(?:long time|hours|ages|counted|counting|again)\b",  # noqa: E501
    r"\b(?:note|letter|letters|notes)\b[^.]{0,30}\bfor (?:\w+ )?to find\b",
    rf"\b(?:putting|put|setting|set|keeping|kept|hiding|saving) (?:my |the |all my |some of my )?{PILLS} (?:aside|away|by|back)\b",  # noqa: E501
    rf"\b(?:all )?my {PILLS}\b[^.]{{0,20}}\bready\b",
    r"\bwhich (?:overpass|flyover|viaduct|quarry|bridge|building|cliff|roof|train|station|car park|multistorey|tower|balcony)\b",  # noqa: E501
    r"\bhow (?:high|tall|far down|far|deep) (?:up )?(?:the |that |a |this )?(?:bridge|building|roof|car park|multistorey|multi storey|cliff|drop|balcony|window|tower|river|water)\b",  # noqa: E501
    r"\bdo it\b[^.]{0,30}\b(?:when|while) (?:the house is empty|everyone|nobody|no one|they are (?:away|out|asleep|gone)|i am alone|i am on my own)",  # noqa: E501
    r"\b(?:rope|noose|belt|cord|gun|pills|tablets|bridge|tracks|blade|razor)\b[^.]{0,40}\b(?:keep thinking about it|thinking about it|can not stop thinking about it|keep looking at it)\b",  # noqa: E501
    r"\b(?:everything|all) i need to (?:do it|end it|go through with it)\b",
    rf"\b(?:counted|counting|count|lined up|laid out|set out) (?:out )?(?:all )?(?:the |my )?(?:{PILLS})\b",  # noqa: E501
    r"\b(?:carbon monoxide|exhaust pipe|hosepipe in the car)\b",
    r"\b(?:slit|slitting|cut|cutting) my (?:wrists|wrist|throat)\b",
    r"\b(?:drown|drowning) myself\b",
    r"\b(?:decided|chosen|chose|picked|settled on|set)\b[^.]{0,15}\b(?:it will be|itll be|it is going to be|it is|its|going to be) (?:the \d+(?:st|nd|rd|th)?|tonight|tomorrow|(?:this|next) (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?![^.]*\b(?:wedding|party|move|moving|holiday|trip|meeting|dinner|birthday|interview|appointment|match|game)\b)",  # noqa: E501
    r"\b(?:revolver|pistol|rifle|shotgun|gun|firearm)\b[^.]{0,50}\b(?:loaded it|load it|loading it)\b|\b(?:loaded|load|loading) (?:the |my |a |dads |his )?(?:revolver|pistol|rifle|shotgun|gun)\b(?! (?:into|in) (?:the|his|my) (?:car|truck|van))",  # noqa: E501
    r"\bswallow(?:ing|ed)? (?:everything|all of (?:them|it)|the lot|the whole (?:bottle|packet|box|lot))\b",  # noqa: E501
    rf"\b{PILLS}\b[^.]{{0,50}}\b(?:its|it is|thats|that is|theyre|they are|will be|would be) enough\b",  # noqa: E501
    r"\bhow (?:long|much|many)\b[^.]{0,30}\b(?:bleed out|to die|to drown|to overdose|it would take to|would kill|to be fatal|be fatal|be lethal)\b",  # noqa: E501
    r"\b(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|pills|rope)\b[^.]{0,40}\bknow where\b",
    r"\b(?:letters?|notes?|messages?|videos?|playlists?|songs|photos|slideshow|recordings?)\b[^.]{0,50}\bfor (?:after|when i am gone|afterwards)\b(?! (?:the|my|our|this|that|his|her|their|a|an|dinner|lunch|breakfast|tea|work|school|class|uni|church|training|practice|christmas|exams?|\w+day)\b)",  # noqa: E501
    r"\btied (?:a )?(?:knot|noose|loop)\b[^.]{0,30}\b(?:cord|belt|rope|scarf|cable|tie|sheet)\b",
    r"\b(?:painless|quick|quickest|easiest|easy|peaceful) (?:ways?|methods?) (?:to|of) (?:go|die|dying|end it|do it|kill)\b",  # noqa: E501
    r"\b(?:putting|put|getting|got|sorting) (?:my )?affairs in order\b|\btidying up before (?:leaving|i go|going)\b",  # noqa: E501
    rf"\b(?:{PILLS}|insulin|rope|gun|bridge|train)\b[^.]{{0,20}}\b(?:could|would|will) do it\b",
    r"\b(?:hose|hosepipe|tube|pipe)\b[^.]{0,30}\bexhaust\b",
    r"\b(?:top|roof|edge) (?:floor )?of (?:the |a )?(?:multi storey|multistorey|car park|building|tower|bridge|cliff)\b[^.]{0,40}\b(?:looked down|look down|looking down|long time|jump|edge)\b",  # noqa: E501
    r"\b(?:bridge|building|roof|cliff|car park|balcony|tower|window|multi storey|multistorey)\b[^.]{0,60}\b(?:the height|the drop|how high|how far down)\b|\b(?:working out|worked out|checking|checked|measuring|measured|looking up|looked up) (?:the )?(?:height|drop) of (?:the |a |that )?(?:bridge|building|roof|cliff|car park|balcony|tower)\b",  # noqa: E501
    r"\bis (?:when|the day|the night) (?:i|ill|i will|i am going to) (?:do it|go|end it|end things)\b",  # noqa: E501
    r"\b(?:gave|giving|give|given) away\b[^.]{0,50}\b(?:wont|will not) (?:be )?need(?:ing)?\b",
    r"\b(?:letter|note|message)\b[^.]{0,40}\b(?:explaining why|saying sorry|to say sorry|saying goodbye|to say goodbye|so they know why|why i (?:had to|did it|did this|couldnt stay))\b",  # noqa: E501
    r"^(?!.*\b(?:council|complain\w*|report|reported|reporting|petition\w*|campaign\w*|inspect\w*|health and safety|risk assessment|repair\w*|planning permission)\b).*?\b(?:bridges?|roofs?|cliffs?|car parks?|buildings?|balcony|balconies|platforms?)\b[^.]{0,30}\b(?:no|without|low) (?:fences?|barriers?|railings?|nets?)\b",  # noqa: E501
    r"\b(?:packs?|packets?|boxes|bottles)\b[^.]{0,60}\b(?:another|a second|a different|a third) (?:chemist|pharmacy|shop|supermarket|store)\b|\b(?:another|a second|a different|a third) (?:chemist|pharmacy|shop|supermarket|store)\b[^.]{0,40}\b(?:packs?|packets?|boxes|bottles)\b",  # noqa: E501
    r"\b(?:leaned|leaning|lent|hung|hanging|looked|looking|stared|staring) (?:over|down from|off) (?:the )?(?:wall|edge|railing|railings|barrier|parapet|side|balcony)\b[^.]{0,30}\b(?:for ages|for a long time|for hours|for an hour|again|thinking)\b",  # noqa: E501
    r"\b(?:everything|my things|my stuff|all my)\b[^.]{0,40}\b(?:who (?:it|they|each) should go to|who gets (?:what|it|them))\b",  # noqa: E501
    r"\b(?:the |a )?date is (?:set|picked|chosen|fixed)\b(?! for (?:the|our|my|his|her|a) )",
    rf"\b{PILLS}\b[^.]{{0,60}}\bhow many (?:it takes|it would take|would do it|i would need|id need|to take)\b",  # noqa: E501
    # Means gathered across several shops, or "enough now".
    rf"\b(?:two|three|four|five|several|different|multiple|a few) (?:different )?(?:pharmacies|chemists|shops|supermarkets)\b[^.]{{0,60}}\b(?:{PILLS}|packs?|packets?|boxes|each (?:one|time)|for a headache)\b",  # noqa: E501
    rf"\b{PILLS}\b[^.]{{0,60}}\b(?:i have|i have got|i got|i now have) enough\b",
    # Fourth round: waiting for a life insurance policy, and a place checked.
    r"\blife insurance\b[^.]{0,60}\b(?:pays? out|paid out|two years?|2 years?|mark|suicide clause|kicks in|then)\b",  # noqa: E501
    r"^(?:and )?(?:thats|that is) (?:where|the place|the spot)$",
    r"\b(?:need|needed|got|have|bought|picked up|collected)\b[^.]{0,30}\bto end (?:it|things|my life|everything)\b(?! with)",  # noqa: E501
    r"\b(?:forum|forums|site|sites|website|thread|threads|page)\b[^.]{0,30}\bmethods\b|\bmethods?\b[^.]{0,30}\b(?:picked one|chosen one|chose one|picked mine|decided on one|settled on one)\b",  # noqa: E501
    r"^(?:and )?(?:thats|that is) (?:when|the day|the night)$",
    r"\b(?:reliable|surest|quickest|easiest|painless|best|most reliable) way to go\b|\bnot for protection\b[^.]{0,30}\bfor me\b|\b(?:use|using|used) (?:it|them|the \w+) to end (?:it|things|my life|everything)\b",  # noqa: E501
    # Seventh round: means gathered across shops, told the other way round.
    rf"{OWN}\b{PILLS}\b[^.]{{0,40}}\bfrom (?:two|three|four|five|several|different|multiple|a few|various|separate) (?:different )?(?:pharmacies|chemists|shops|supermarkets|doctors|gps)\b(?![^.]{{0,40}}\b(?:out of stock|sold out|ran out|run out|cheaper|in stock|shortage)\b)",  # noqa: E501
    # Seventh round: a day named, and nothing else said ("Friday is the day.").
    r"^(?:and )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today) is (?:the|my) (?:day|night)$",  # noqa: E501
    # Out-of-fold misses of the tuning sets (2026-11-24, afternoon): a ligature ready
    # with a goodbye, about to step into a fast road, a garage sealed with the engine on,
    # at an edge with "no more struggling", pills got with a cover story ("it isn't for
    # my back"), two doctors seen to get two prescriptions.
    rf"^(?!.*\b(?:climb\w*|harness|belay\w*|abseil\w*|boat|sail\w*|swing|skipping|washing|tent|camping|crag|boulder\w*|anchor|gym|tug of war)\b).*?\b(?:rope|noose|ligature)(?: is| s)? (?:ready|tied|up|set up|in place|hung|sorted)\b{OVER2}\b{_NIGHT}\b|\b(?:loft|attic|beam|banister|bannister|hatch|rafter|rafters)\b{OVER}\b(?:rope|noose|ligature)(?: is| s)? (?:ready|tied|up|set up|in place|hung|sorted)\b",  # noqa: E501
    rf"\b(?:hard shoulder|motorway|freeway|highway|dual carriageway|interstate|bypass)\b{OVER2}\b(?:going to|gonna|about to|ready to|i will|ill|time to) (?:step|walk|run|jump) (?:out|in|into (?:it|the road|the traffic|the lane|the lanes))\b(?! (?:for|to|of|and|the car|my car|with))",  # noqa: E501
    rf"\b(?:sealed|taped)(?: up)? (?:the )?(?:garage|car|gaps|vents?|exhaust)\b{OVER2}\b(?:ignition|engine|motor)\b(?!(?: is| s| was)? off)",  # noqa: E501
    rf"\b(?:over the (?:fence|railing|railings|barrier|wall|edge)|cliff|cliffs|cliff edge|ledge|bridge|parapet|drop|down there|waves)\b{OVER2}\bno more (?:struggling|struggle|pain|fighting|suffering|hurting|of this|trying)\b(?! (?:up|with|to|through|over|on|at|in|for|we|i)\b)",  # noqa: E501
    rf"\b(?:extra|more|another|a second|two|double|spare)\b[^.]{{0,20}}\b{PILLS}\b[^.]{{0,40}}\b(?:said|saying|told \w+(?: \w+)?|telling \w+(?: \w+)?) (?:it was|they were|it is|they are|its|theyre) for (?:my |the )?(?:back|knee|knees|pain|sleep|teeth|tooth|migraines?|headaches?|period|arthritis|hip|shoulder)\b{OVER2}\b(?:it|they) (?:isnt|is not|arent|are not|wasnt|was not|werent|were not|aint)\b(?! (?:just|only)\b)",  # noqa: E501
    r"\b(?:saw|seeing|see|went to|visited|booked|rang|called) (?:two|three|several|different|multiple|separate) (?:different |separate )?(?:gps|doctors|clinics|walk in centres|surgeries|pharmacies|chemists)\b[^.]{0,40}\bso (?:i|id|i would|i could|i can|i d) (?:get|have|end up with) (?:two|three|more|extra|double|another|a second|twice the) (?:scripts|prescriptions|lots|supplies|boxes|packs|amount)\b",  # noqa: E501
    # From fresh_m (2026-11-24, afternoon): a place of death on an errands list, the note
    # written and a place named, an alarm set so no one is awake, debts paid back "to
    # leave things tidy".
    r"\b(?:errands?|to do|jobs|list|chores)\b[^.]{0,100}\bthe (?:bridge|cliff|cliffs|quarry|tracks|railway|viaduct|pier|river|reservoir) (?:after dark|at night|tonight|last|at dusk|when it is dark)\b(?! (?:to|for|with|and)\b)",  # noqa: E501
    r"\bwrote (?:the|my) (?:note|letter|goodbye|goodbyes|last letter)\b(?! for\b| to (?:the|a|my|school|work) )[^.]{0,80}(?: \. [^.]{0,60})?\b(?:quarry|cliff|cliffs|bridge|tracks|railway|viaduct|reservoir|river|woods|rope|pills|tablets|garage)\b(?! (?:centre|center|walk|path|cafe|pub|trip|park|side|bank|view|club|house|road|street|sale|door)\b)",  # noqa: E501
    r"^(?!.*\b(?:present|presents|surprise|party|birthday|christmas|breakfast|cake|gift|gifts|santa|easter|wrap|wrapping|flight|train|run|fishing|milking|shift|bake|baking|airport|holiday|trip|journey|ferry|coach|school run|leave for|leaving for)\b).*?\bso (?:no one|nobody|noone|no body|no ones|nobodys)(?: is| s| will be| would be)? (?:awake|up|around|home|in|about)\b[^.]{0,30}\b(?:everything|everythings|it all|all of it|all)(?: is| s)? (?:ready|set|sorted|done|in place|laid out)\b",  # noqa: E501
    r"^(?!.*\b(?:move|moving|abroad|emigrat\w*|new job|wedding|baby|divorce|house|holiday|trip|stag|hen|party|weekend|night out|festival)\b).*?\b(?:paid|paying|pay) (?:back|off) (?:everyone|everybody|every|all)\b[^.]{0,60}\b(?:leave|leaving) (?:things|it all|everything) (?:tidy|sorted|in order|neat|clean|straight)\b",  # noqa: E501
    # From fresh_n (2026-11-24, afternoon): a place checked for when nobody is about, a policy
    # that pays out after two years, stockpiling a few more each week, a height with no
    # barrier "noted", tablets popped out of the blister packs and counted, the day nobody
    # comes round.
    r"^(?!.*\b(?:fishing|fish|photo|photos|photograph\w*|swim|swimming|sunrise|sunset|birds|birdwatching|dog|walk|run|running|surf\w*)\b).*?\b(?:checked|worked out|looked up|noted|planned|found out)\b[^.]{0,40}\b(?:pier|bridge|cliff|cliffs|quarry|tracks|railway|viaduct|multistorey|multi storey|car park|roof|reservoir|harbour|tide|tides)\b[^.]{0,60}\b(?:nobody|no one|noone) (?:is |s |will be |would be )?(?:about|around|there|watching)\b",  # noqa: E501
    r"^(?!.*\b(?:no claims?|bonus|car|pet|travel|home|contents|premium|excess)\b).*?\b(?:insurance|insurer|policy)\b[^.]{0,50}\bpays? out (?:after|once) (?:two|2|one|1|a|the first|twelve|12|24) (?:years?|months)\b(?! of\b)",  # noqa: E501
    r"\bstockpil\w*\b(?! (?:food|tins|toilet|loo|snacks|water|nappies|diapers|pasta|rice|flour|wood|logs|gas|fuel|coal|presents|gifts|sweets|chocolate|cat food|dog food|supplies|for (?:winter|christmas|the winter|the storm)))[^.]{0,30}\b(?:a few|some|one|two|more|another)\b[^.]{0,10}\b(?:each|every|a) (?:week|day|month|visit|shop|time)\b",  # noqa: E501
    rf"\b(?:top (?:level|floor|storey|deck)|roof|rooftop|multistorey|multi storey|car park|bridge|balcony|cliff|tower|viaduct)\b[^.]{{0,60}}\bno (?:barrier|railing|railings|fence|wall|net|rail)\b{OVER}\b(?:noted|good to know|perfect|handy|worth knowing)\b(?![^.]*\b(?:council|report|reported|complain\w*|dangerous|health and safety|risk assessment|kids|children)\b)",  # noqa: E501
    rf"{OWN}\b(?:popped|pushed|pressed|took)\b[^.]{{0,30}}\bout of (?:the |their )?(?:blister packs?|packets?|strips?|foil)\b(?![^.]*\b(?:dosette|organiser|organizer|pill box|weekly box)\b)[^.]{{0,40}}\bcount(?:ed|ing)\b",  # noqa: E501
    r"\b(?:worked out|figured out|know|checked|found out) (?:which|what) (?:day|days|night|nights|time|times) (?:nobody|no one|noone) (?:comes|is|will be|visits|checks|calls)\b(?![^.]*\bso (?:i|we) can\b)",  # noqa: E501
    # From mixed_q (2026-11-24, night): a rope on an errands list, an early refill got by
    # saying I was travelling, and the trip "one way".
    r"^(?!.*\b(?:climb\w*|harness|boat|sail\w*|swing|skipping|washing line|clothes line|clothesline|tent|camping|tug of war|trailer|tie down|tow|towing|roof rack|dog|horse|goat|garden|hammock|ladder|knots?)\b).*?\b(?:errands?|to do|jobs|list|chores|shopping|pick up)\b[^.]{0,100}\b(?:rope|a rope|some rope|length of rope)\b",  # noqa: E501
    rf"\b(?:early|extra|double|advance|another) (?:refill|repeat|prescription|script|supply)\b[^.]{{0,60}}\b(?:said|saying|told (?:her|him|them|the \w+))\b[^.]{{0,20}}\b(?:i was|i am|i would be|id be|i will be) (?:traveling|travelling|going away|away|on holiday|abroad)\b{OVER}\b(?:one way|not coming back|no return|wont be back|will not be back|not really|i am not)\b",  # noqa: E501
    # From mixed_r (2026-11-25): a train's passing timed ("the freight train comes through
    # at 2:40. timed it all week"), never a train to catch or to photograph.
    r"^(?!.*\b(?:catch|caught|miss|missed|missing|late|commute|commuting|my train|photo\w*|picture|pictures|camera|video|spotting|spotter|timetable app|delayed|delay|platform \d+)\b).*?\b(?:train|trains|freight|express|goods train|lorry|lorries|bus)\b[^.]{0,40}\b(?:comes through|come through|passes|pass|goes through|comes by|goes by|goes past|comes past|rolls through|thunders through|does not stop|doesnt stop)\b[^.]{0,60}(?: \. [^.]{0,40}){0,2}\b(?:timed it|timing it|been timing|timed them|watched it (?:every|all|each)|counted the (?:seconds|minutes))\b",  # noqa: E501
)
