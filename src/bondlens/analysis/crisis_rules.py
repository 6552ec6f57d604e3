"""The words the crisis screen looks for: texting forms, crisis patterns and idioms.

Data for ``crisis.py``, kept apart so that the rules can be read (and reviewed by
someone who knows crisis work) in one place. Patterns run on normalised text: lower
case, no apostrophes ("dont", "hell" for "he'll"), "i am", "can not", "any more" and
"self harm" already spelled out (see ``crisis.normalize``). Written in our own words;
when a pattern is added, add a sentence to bench/data/crisis_dev.jsonl that needs it and
one idiom that must not trip it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Texting forms, common typos and contractions, spelled out word by word.
TEXTING = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "wanna": "want to",
    "wana": "want to",
    "wnt": "want",
    "gonna": "going to",
    "gunna": "going to",
    "gotta": "got to",
    "kms": "kill myself",
    "kmss": "kill myself",
    "unalive": "kill",
    "unaliving": "killing",
    "myslef": "myself",
    "mysel": "myself",
    "meself": "myself",
    "myself": "myself",
    "mysef": "myself",
    "dnt": "dont",
    "cnt": "cant",
    "cannot": "can not",
    "cant": "can not",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tonite": "tonight",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "n": "and",
    "im": "i am",
    "ive": "i have",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "whats": "what is",
    "wats": "what is",
    "anymore": "any more",
    "sh": "self harm",
    "selfharm": "self harm",
    "suicde": "suicide",
    "sucide": "suicide",
    "suicid": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suicidel": "suicidal",
    "kil": "kill",
    "wnat": "want",
    "dye": "die",
    "threatend": "threatened",
    "thretened": "threatened",
    "threatned": "threatened",
    "hopes": "hope",
}

# --- the rules -------------------------------------------------------------------------
# Patterns run on normalised text: no apostrophes ("dont", "hell" for "he'll"), "i am",
# "can not", "any more", "self harm" already spelled out.

_HE = r"(?:he|she|they|him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mom|mum|mother|stepdad|stepfather|brother|son|landlord))"  # noqa: E501
_WILL = r"(?:is going to|was going to|are going to|going to|will|would|ll|d|is gonna|might)"
_PILLS = r"(?:pills|tablets|meds|medication|medications|painkillers|sleeping pills|sleeping tablets|paracetamol|tylenol|insulin|oxy|xanax|benzos|antidepressants|prescriptions?|capsules|codeine|opioids|sertraline|lithium)"  # noqa: E501

RULES: dict[str, tuple[str, ...]] = {
    "suicidal_thoughts": (
        r"\b(?:kill|killing|killed|end|ending|off|offing) (?:myself|my self)\b",
        r"\bsuicid(?:e|al|ally)\b",
        r"\b(?:want|wanted|wanting|wish|wished|ready|going|need|longing|long) (?:to )?(?:just )?(?:die|be dead|not exist|stop existing|not be alive)\b",  # noqa: E501
        r"\bi (?:just )?wan(?:t|na) die\b",
        r"\bwish (?:i|that i) (?:was|were|could be|had been) (?:dead|gone|never born)\b",
        r"\bwish i (?:had|d) never been born\b",
        r"\bwish i could (?:just )?(?:disappear|vanish|not wake up|stop existing|fall asleep forever)\b",  # noqa: E501
        r"\b(?:want|wanted) to (?:just )?disappear(?! for a)\b",
        r"\b(?:disappear|vanish) (?:forever|for good|permanently)\b",
        r"\bbetter off (?:without me|dead|if i (?:was|were|wasnt|werent|was not|were not|died|had never)|with me gone|when i am gone|once i am gone)\b",  # noqa: E501
        r"\b(?:world|everyone|everybody|they|family|kids|people) (?:would|will|d) be better (?:off )?without me\b",  # noqa: E501
        r"\b(?:no one|nobody|noone|no body) (?:would|will|d) (?:even )?(?:miss|notice|care)\b[^.]{0,30}\b(?:if|when) i (?:died|was gone|were gone|disappeared|was dead|killed|am gone|was not here)",  # noqa: E501
        r"\b(?:no one|nobody|noone) (?:would|will) (?:even )?miss me\b",
        r"\b(?:sleep|asleep) and (?:not|never) wake up\b",
        r"\b(?:never|not) (?:to )?wake up (?:again|tomorrow|in the morning)\b",
        r"\b(?:dont|do not|never|not) want to wake up\b",
        r"\b(?:hope|hoping|pray|praying|prayed|wish|wishing) (?:that )?i (?:dont|do not|never|wont|will not|would not|wouldnt) wake up\b",  # noqa: E501
        r"\b(?:wont|will not|not|dont think i will|do not think i will|dont think ill|may not|might not) be (?:around|here|alive) (?:for|by|at|to see) (?:christmas|my birthday|the new year|new year|next year|much longer|the summer|the weekend|long)\b",  # noqa: E501
        r"\bwhy am i (?:even |still )?(?:still |even )?(?:here|alive|living|breathing)\b",
        r"\b(?:with|once|if|when) (?:me|i am|i was|i were) (?:out of the picture|gone for good|not around any more|no longer around|six feet under)\b",  # noqa: E501
        r"\b(?:my|the) (?:heart|breathing|life) would (?:just )?stop\b",
        r"\b(?:dying|death|being dead|not existing|not being alive) (?:seems|feels|is|would be|sounds) (?:like )?(?:the only|a relief|easier|better|peaceful|my only)\b",  # noqa: E501
        r"\b(?:want|wish|need) (?:it|everything|this|all of it|it all|the pain|my life) (?:all )?to (?:stop|end|be over)\b(?=.*\b(?:permanently|forever|for good|for ever|all of it|everything)\b)",  # noqa: E501
        r"\bjust want (?:it|everything|this|it all) (?:all )?to be over\b",
        r"\b(?:stop|stopped|stopping) existing\b",
        r"\b(?:imagining|imagine|planning|picture|picturing|thinking about) my (?:own )?funeral\b",
        r"\b(?:better|happier|easier|lighter) (?:off )?(?:for (?:everyone|everybody|them|all of them) )?(?:if|when) i (?:was|were|wasnt|werent|died|am gone|was gone|was dead|were dead|was not|had never|disappeared|stopped existing)\b",  # noqa: E501
        r"\b(?:kill|killing|hurt|hurting) (?:himself|herself|themselves)\b",
        r"\b(?:sleep|sleeping) forever\b",
        r"\b(?:dont|do not|no longer|never|not) (?:really )?want to (?:be here|be alive|live|exist|be around|go on|keep going|keep living|carry on)\b",  # noqa: E501
        r"\bnot sure (?:if )?i (?:want|can) (?:to )?(?:be here|be alive|live|go on|keep going|keep living)\b",  # noqa: E501
        r"\b(?:dont|do not) (?:think|know if|know how) i can (?:go on|keep going|keep living|do this any more|carry on)\b",  # noqa: E501
        r"\b(?:tired|sick|exhausted|done) (?:of|with) (?:living|being alive|life|existing|this life)\b(?! (?:in|with|at|on|under|next|near|out of|above|below|here|there|together))",  # noqa: E501
        r"\b(?:no|nothing) (?:reason )?(?:left )?to live for\b",
        r"\bno (?:reason|point) (?:in |to )?(?:living|going on|being alive|being here|carrying on|keep going|staying|trying any more|any more)\b",  # noqa: E501
        r"\bwhat is (?:even )?the point (?:of |in )?(?:going on|living|life|anything|it all|any of it|being alive|being here|carrying on|trying|me|my life|any more|keep going)\b",  # noqa: E501
        r"\bpointless (?:to|in) (?:go|going|keep going|live|living) on\b",
        r"\bcan not (?:go on|keep going|keep living|carry on)\b",
        r"\bcan not do this any more\b",
        r"\b(?:end|ending) it all\b",
        r"\b(?:want|going|ready|thinking about|thought about|plan|planning|decided) (?:to )?end(?:ing)? it\b(?! with| between| for| off)",  # noqa: E501
        r"\b(?:end|ending|take|taking) my (?:own )?life\b(?! back)",
        r"\b(?:won|will not|wont|not) be (?:around|here) (?:much longer|for long|any more|tomorrow|next week)\b",  # noqa: E501
        r"\b(?:want|wish|hope|need) (?:someone|somebody|something|a car|a bus|a truck|the plane|god|it) (?:would |to |will )?(?:kill me|hit me|end me|take me)\b",  # noqa: E501
        r"\bthoughts? (?:of|about) (?:dying|death|suicide|ending it|not being here|killing)\b",
        r"\b(?:think|thinking|thought) about (?:dying|death|being dead|not being here|ending it)\b",
        r"\brather be dead\b",
        r"\b(?:life|living) is not worth (?:it|living)\b",
        r"\b(?:not|isnt|is not|aint) worth (?:living|it any more|being alive)\b",
        r"\b(?:i|we) should (?:just )?die\b",
        r"\b(?:hope|hoping) i (?:die|get hit|crash|dont make it)\b",
        r"\bi am (?:a )?(?:better|worth more) dead\b",
        r"\bjoin (?:her|him|them) (?:in heaven|on the other side|soon)\b",
        r"\b(?:not being alive|stop living|stop being alive|stopped living|cease to exist|ceasing to exist)\b(?! (?:in|with|like|for|at|on|as|under))",  # noqa: E501
        r"\b(?:wouldnt|would not) (?:still )?be (?:here|alive|around)(?: any more| now| today)?$",
        r"\b(?:wouldnt|would not) still be (?:here|alive|around)\b",
        r"\b(?:dont|do not|no longer|never) (?:really )?want to do (?:life|this life|living)\b",
        r"\b(?:wish|hope|want|pray|praying|hoping|wishing) (?:that )?(?:i would|i d|id|i could|i will|i) (?:just )?(?:die|be dead|not wake up|disappear|stop breathing)\b",  # noqa: E501
        r"\bdie in my sleep\b",
        r"\b(?:better|fine|happier|okay|ok|easier) (?:off )?without me\b",
        r"\b(?:take|taking|took) me in my sleep\b",
        r"\brather not (?:exist|be alive|be here|wake up|be around)\b",
        r"\b(?:for|want|wish|need) (?:it all|everything|all of it|all of this|my life) to (?:end|stop|be over)\b",  # noqa: E501
        r"\b(?:tired of|sick of|done|exhausted|struggling|fighting|trying|cant|can not) (?:\w+ ){0,2}(?:to )?stay(?:ing)? alive\b",  # noqa: E501
        r"\bstop(?:ped)? being (?:a problem|a burden|in the way|here|around)\b[^.]{0,30}\b(?:permanently|for good|forever)\b",  # noqa: E501
        r"\bif i (?:just )?(?:vanished|disappeared|wasnt here|was not here|was not around|wasnt around|didnt exist|did not exist|ceased to exist|was gone|were gone|died)\b",  # noqa: E501
    ),
    "plan_or_means": (
        rf"\b(?:saved|saving|stockpiled|stockpiling|collecting|collected|hoarding|hoarded|kept|keeping|stashed|hiding|hid|counted|counting|bought|got) (?:up )?(?:all )?(?:a lot of |enough |my |the |some |a bunch of |loads of |\w+ )?{_PILLS}\b",  # noqa: E501
        rf"\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing) (?:all|every one|the whole|a whole|the rest|a bottle|a bunch|a handful|a load|too many) (?:of )?(?:my |the |those |these )?(?:{_PILLS}|bottle|packet|box|them|of them)\b",  # noqa: E501
        r"\b(?:overdose|overdosing|overdosed|od on|od ing)\b",
        rf"\b{_PILLS} (?:saved|stashed|hidden|stockpiled|put aside|put away)\b",
        r"\btake them all (?:at once|together|tonight|in one go)\b",
        r"\b(?:picked|chosen|chose|set) (?:a|the) date$",
        r"\bhow i (?:would|will|am going to|d|id|could) do it\b",
        r"\bknow where\b[^.]{0,30}\b(?:gun|guns|pistol|rifle|pills|rope)\b",
        r"\b(?:bought|got|hid|hidden|hiding|have) (?:a |the |some )?(?:rope|noose)\b",
        r"\b(?:drive|drove|driving|crash|crashed|crashing|steer|swerve) (?:my |the )?car (?:into|off|in front of)\b",  # noqa: E501
        r"\b(?:look|looks|seem) like an accident\b",
        r"\b(?:wrote|writing|written|left|leaving)\b[^.]{0,50}\b(?:saying|say|said) goodbye\b",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount)\b",
        rf"\bhow (?:many|much) (?:{_PILLS}|of (?:them|these|my \w+)) (?:it )?(?:would|will|does|to|it takes|to take|would it take|kill)",  # noqa: E501
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
        r"\b(?:tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) is the (?:night|day)\b",  # noqa: E501
        r"\b(?:giving|gave|give) away (?:all )?my (?:things|stuff|belongings|cat|dog|pets)\b",
        r"\bgo through with it\b",
        r"\b(?:engine|motor) running\b[^.]{0,40}\b(?:garage|closed|shut|inside)\b|\b(?:garage|shut in the car)\b[^.]{0,40}\bengine running\b",  # noqa: E501
        r"\b(?:looked|looking|stared|staring|watched|watching) (?:at|down at) (?:the )?(?:train line|railway|tracks|trains|the drop|the water|the river)\b[^.]{0,40}\b(?:long time|hours|ages|counted|counting|again)\b",  # noqa: E501
        r"\b(?:note|letter|letters|notes)\b[^.]{0,30}\bfor (?:\w+ )?to find\b",
        rf"\b(?:putting|put|setting|set|keeping|kept|hiding|saving) (?:my |the |all my |some of my )?{_PILLS} (?:aside|away|by|back)\b",  # noqa: E501
        rf"\b(?:all )?my {_PILLS}\b[^.]{{0,20}}\bready\b",
        r"\bwhich (?:bridge|building|cliff|roof|train|station|car park|multistorey|tower|balcony)\b",  # noqa: E501
        r"\bhow (?:high|tall|far down|far|deep) (?:up )?(?:the |that |a |this )?(?:bridge|building|roof|car park|multistorey|multi storey|cliff|drop|balcony|window|tower|river|water)\b",  # noqa: E501
        r"\bdo it\b[^.]{0,30}\b(?:when|while) (?:the house is empty|everyone|nobody|no one|they are (?:away|out|asleep|gone)|i am alone|i am on my own)",  # noqa: E501
        r"\b(?:rope|noose|belt|cord|gun|pills|tablets|bridge|tracks|blade|razor)\b[^.]{0,40}\b(?:keep thinking about it|thinking about it|can not stop thinking about it|keep looking at it)\b",  # noqa: E501
        r"\b(?:everything|all) i need to (?:do it|end it|go through with it)\b",
        rf"\b(?:counted|counting|count|lined up|laid out|set out) (?:out )?(?:all )?(?:the |my )?(?:{_PILLS})\b",  # noqa: E501
        r"\b(?:carbon monoxide|exhaust pipe|hosepipe in the car)\b",
        r"\b(?:slit|slitting|cut|cutting) my (?:wrists|wrist|throat)\b",
        r"\b(?:drown|drowning) myself\b",
    ),
    "self_harm": (
        r"\bself (?:harm|harming|harmed|injury|injure|injuring|injured|hurt|hurting)\b",
        r"\b(?:cut|cuts|cutting|cutted|carve|carved|carving|burn|burnt|burned|burning|scratch|scratched|scratching|hurt|hurts|hurting|harm|harmed|harming|hit|hitting|punch|punched|punching|bang|banged|banging|starve|starved|starving|bite|bit|biting|pinch|pinching|punish|punished|punishing|bruise|bruised|mutilate|mutilated|mutilating) (?:myself|my self)\b",  # noqa: E501
        r"\b(?:cut|cuts|cutting|carve|carved|carving|scratched|scratching|slashed|slashing|burned|burnt|burning) (?:into )?(?:my|the) (?:own )?(?:arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hip|hips|forearm|forearms|ankle)\b",  # noqa: E501
        r"\b(?:razor|razors|blade|blades|lighter|compass|sharpener)\b[^.]{0,40}\b(?:arm|arms|wrist|wrists|thigh|thighs|skin|myself|my self|scars?|bleed|bleeding)\b",  # noqa: E501
        r"\b(?:hide|hid|hiding|hidden|cover|covered|covering) (?:the |my )?(?:cuts|scars|burns|marks|bruises|razors|blades|arms|wrists)\b",  # noqa: E501
        r"\b(?:relapse|relapsed|relapsing|slipped|clean)\b[^.]{0,20}\b(?:self harm|cutting|burning|cut)\b",  # noqa: E501
        r"\b(?:urge|urges|craving|cravings|itch|need) to (?:cut|burn|hurt|harm|punish|bleed|scratch)\b",  # noqa: E501
        r"\b(?:started|start|starting|back to|went back to|go back to) (?:cutting|burning myself|hurting myself)\b",  # noqa: E501
        r"\bmake myself bleed\b",
        r"\b(?:held|hold|holding|put|pressed|press) my (?:hand|arm|finger|fingers|wrist|skin) (?:over|on|in|against|into) (?:the |a )?(?:candle|flame|lighter|stove|hob|iron|fire|hot|boiling)\b",  # noqa: E501
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
    ),
    "danger_now": (
        r"\b(?:threaten|threatened|threatening|threatens|threat) (?:to |that he would |that she would |that they would )?(?:kill|hurt|shoot|stab|beat|burn|strangle|choke|break|take the kids|harm|end)\b",  # noqa: E501
        rf"\b{_HE} (?:said|says|told me|texted|swore|screamed|yelled|shouted) (?:that )?(?:he|she|they)(?: {_WILL}| ll| d)? (?:kill|hurt|shoot|stab|beat|strangle|choke|break|burn|end|bury|find) (?:me|us|my|the kids|the children|you)\b",  # noqa: E501
        rf"\b(?:he|she|they|hell|shell|theyll|hed|shed|theyd) (?:{_WILL} )?(?:actually |really |literally )?(?:kill|hurt|shoot|stab|strangle|choke) (?:me|us|my kids|the kids|the children|my baby)\b",  # noqa: E501
        rf"\b{_HE} (?:is|was|are|were|has been|keeps) (?:hitting|beating|choking|strangling|kicking|punching|hurting|attacking|threatening|following|stalking) (?:me|us)\b",  # noqa: E501
        r"\b(?:choked|choking|chokes|choke|strangled|strangling|strangles|strangle|throttled|suffocated|smothered|smothering) (?:me|us|my)\b",  # noqa: E501
        r"\b(?:hands?|arm|arms|fingers|belt|cord|pillow) (?:a )?(?:round|around|over|on) my (?:neck|throat|mouth|face)\b",  # noqa: E501
        r"\b(?:grabbed|squeezed|held|pinned) (?:me by )?(?:my )?(?:neck|throat)\b",
        r"\bcould not breathe\b[^.]{0,40}\b(?:he|she|they|his|her|their)\b",
        r"\b(?:pulled|held|holding|pointed|pointing|waved|waving|grabbed|got|getting|has|had|with|brought|carrying|loaded|cleaning) (?:out )?(?:a |his |her |their |the |my )?(?:gun|knife|knives|blade|weapon|pistol|rifle|shotgun|bat|machete|hammer|axe)\b[^.]{0,40}\b(?:at me|to my|on me|against my|near me|in front of me|threat|kill|hurt|scared|scare|afraid|terrified|at us|at the kids)\b",  # noqa: E501
        r"\b(?:gun|knife|weapon|blade) (?:to|at|against) my (?:head|throat|chest|neck|face)\b",
        r"\b(?:pulled|held|pointed|waved) (?:a |his |her |the )?(?:gun|knife|weapon|pistol|rifle)\b",  # noqa: E501
        rf"\b{_HE} (?:locked|locks|shut|trapped|trapping) me (?:in|inside|out|up)\b",
        r"\b(?:locked|trapped|stuck|hiding|hid|barricaded) (?:myself )?(?:in|inside) (?:the |my |our |a )?(?:bathroom|bedroom|closet|wardrobe|car|room|cupboard|basement|attic|toilet)\b",  # noqa: E501
        r"\b(?:will not|wont|does not|doesnt|did not|didnt) let me (?:leave|go|out|get out|call|use my phone)\b",  # noqa: E501
        r"\b(?:took|taken|takes|smashed|broke|hid|hidden) my (?:phone|keys|car keys|passport)\b",
        r"\bcan not get out\b",
        r"\b(?:i am|we are|i was|i have been|i got) locked in\b",
        rf"\b{_HE} (?:has|had|got|owns|keeps|bought|is carrying|is holding) (?:a |his |her |the |their |another )?(?:gun|guns|knife|weapon|pistol|rifle|shotgun|machete|firearm)\b",  # noqa: E501
        r"\b(?:point|points|pointed|pointing|aimed|aims|aiming) (?:it|the gun|a gun|his gun|her gun|the knife|a knife|his knife|the rifle) at (?:me|us|my)\b",  # noqa: E501
        r"\bwith (?:me|us|the kids|my kids|the children) (?:in|inside) it\b",
        rf"\b(?:he|she|they|hell|shell|theyll|hed|shed|theyd) (?:{_WILL} )?(?:end|get|destroy|finish) (?:me|us)\b(?! (?:a |an |some |one |something|to |from |at |home|back|up|down|out|off|in|on))",  # noqa: E501
        rf"\b{_HE} (?:is|was|are) (?:going to|gonna) (?:\w+ )?(?:hurt|kill|beat|attack) (?:me|us)\b",  # noqa: E501
        r"\b(?:knows|found out|find out|figured out) where (?:i|we) (?:am|are|live|live now|am staying|are staying|moved)\b",  # noqa: E501
        rf"\b{_HE} (?:is|are) on (?:his|her|their|the) way\b",
        r"\b(?:smashed|kicked|broke|broken|bashed|forced) (?:the |my |our )?(?:\w+ )?(?:door|window)s? (?:in|down|open)\b",  # noqa: E501
        r"\b(?:came|coming|comes|lunged|ran) at me\b",
        r"\b(?:threw|throws|throwing|hurled|smashed|swung) (?:a |the |his |her |their )?\w+ (?:at|over|into) (?:me|my (?:head|face|back))\b",  # noqa: E501
        r"\bnext time (?:he|she|they|hell|shell|theyll) (?:wont|will not|will|ll)? ?(?:miss|stop|hold back|be so nice|go easy)\b",  # noqa: E501
        r"\bcome after (?:me|us|my kids|the kids)\b",
        r"\b(?:make|made) (?:me|us) pay\b",
        r"\b(?:set fire to|burn down|torch|set alight) (?:the |my |our )?(?:flat|house|home|car|place|apartment)\b",  # noqa: E501
        r"\bthe next one is for (?:me|you|us)\b",
        rf"\b{_HE} (?:is |has )?(?:got|has|took|grabbed) (?:the|a|his|her) (?:knife|gun|blade|weapon)\b",  # noqa: E501
        r"\b(?:keeps|kept|keep) (?:driving|walking|coming) (?:past|by|round|around) (?:my|our)\b",
        r"\b(?:fist|hand|head) through the (?:wall|window|door)\b",
        rf"\b{_HE} (?:is |has )?(?:got|has|keeps|kept|hid|hides|hidden|holding) my (?:passport|phone|keys|car keys|bank card|bank cards|documents|id|papers)\b",  # noqa: E501
        r"\b(?:says|said|told me|tells me) (?:that )?i am not (?:going|leaving|allowed to go) anywhere\b",  # noqa: E501
        r"\b(?:by|around) (?:my|the) (?:throat|neck|hair)\b",
        r"\b(?:sharpening|sharpens|sharpened) (?:a |the |his |her |their )?(?:knife|knives|blade|blades|axe|machete)\b",  # noqa: E501
        r"\b(?:he|she|they|his|her|their)\b[^.]{0,30}\b(?:gun|guns|pistol|rifle|shotgun|firearm)\b",
        r"\btrying (?:the|my|our) (?:door|door handle|handle|lock|locks|window|windows)\b",
        r"\b(?:hell|shell|theyll|hed|shed|theyd|he will|she will|they will|he would|she would) (?:hurt|kill|harm|drown|poison|get rid of) (?:the|my|our) (?:dog|cat|kids|children|baby|pets|mum|mom|family|sister|brother)\b",  # noqa: E501
        r"\b(?:find|get|come for|hunt) (?:me|us)\b[^.]{0,20}\b(?:kill|hurt|make me pay|beat|destroy)\b",  # noqa: E501
        rf"\b{_HE} (?:is|are|was) (?:at the door|at my door|in the driveway|parked outside|banging|pounding|kicking|trying to (?:get|break) in|breaking in)\b",  # noqa: E501
        rf"\b{_HE} (?:is|are|was) (?:outside|downstairs|here|back|coming)\b(?= (?:my|the|our) (?:door|house|flat|window|work|place|room|apartment|building)| right now| again| waiting| watching| shouting| screaming| and| with|$)",  # noqa: E501
        r"\b(?:banging|pounding|kicking|hammering|knocking) (?:on|at|in|down) (?:the|my) (?:door|doors|window|windows)\b",  # noqa: E501
        r"\b(?:outside|at) my (?:door|window|house|flat|apartment|work|car)\b[^.]{0,30}\b(?:he|she|they|again|right now|now|won|wont|will not|waiting|watching)\b",  # noqa: E501
        r"\b(?:broke|breaking|broken|break|trying to get) (?:in|into) (?:the |my |our )?(?:house|flat|apartment|home|room|place)?\b(?=.*\b(?:he|she|they|someone)\b)",  # noqa: E501
        r"\b(?:followed|following|stalking|stalked) me (?:home|here|to work|again|everywhere)\b",
        rf"\b{_HE} (?:hit|hits|punched|kicked|slapped|beat|pushed|shoved|threw|dragged|attacked|raped|assaulted|burned|bit) (?:me|us)\b[^.]{{0,40}}\b(?:tonight|today|again|just now|right now|this morning|this evening|last night|an hour ago|earlier)\b",  # noqa: E501
        r"\b(?:afraid|scared|terrified|fear|fearing|frightened|worried) (?:for )?(?:my|our) (?:life|lives|safety|kids safety)\b",  # noqa: E501
        r"\b(?:afraid|scared|terrified|frightened) (?:that )?(?:he|she|they) (?:will|would|is going to|ll|d|might) (?:kill|hurt|find) (?:me|us)\b",  # noqa: E501
        r"\b(?:i am|i feel|i do not feel|dont feel|we are|i am not|we are not) (?:not )?safe (?:here|at home|in my (?:own )?home|right now|tonight|with him|with her|with them|any more)\b",  # noqa: E501
        r"\bnot safe (?:here|at home|right now|tonight|with him|with her|to go home)\b",
        r"\b(?:scared|afraid|terrified) to go home\b",
        r"\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:(?:he|she|they) (?:will|ll|might|d|would|is going to|could)|hell|shell|theyll|hed|shed|theyd) do\b",  # noqa: E501
        r"\b(?:please help|help me please|someone help|help me now|i need help now|send help)\b",
        r"\b(?:should i|going to|need to|have to|want to|will|please|gonna|about to|might) (?:call|ring) (?:the )?(?:police|cops|911|999|000|111|112)\b",  # noqa: E501
        r"\b(?:going|gonna|going to) kill (?:us|me) (?:both|all|tonight|when)\b",
        r"\bkill (?:me|us) and (?:then )?(?:himself|herself|themselves|the kids)\b",
        r"\bkill (?:himself|herself|themselves) if i (?:leave|go|tell)\b",
    ),
}

# Everyday idioms: blanked out before the rules run.
IDIOM_RULES = (
    r"\b(?:is|are|was|were|its|it is|it was|keeps|kept|been|be|am|is really|are really|are literally|is literally|literally) killing me\b",  # noqa: E501
    r"\b(?:this|that|the|these|those|my|your|it|work|traffic|commute|heat|job|wait|suspense)\b[^.]{0,25}\b(?:will|going to|gonna|is going to) (?:be the death of|kill) me\b",  # noqa: E501
    r"\bkill(?:s|ing|ed)? me (?:with|softly|now)\b",
    r"\bkilled it\b|\bkilling it\b|\bkill it (?:at|on|in|today|tonight)\b",
    r"\b(?:could|would|d) kill for\b",
    r"\bkill (?:some |the )?time\b|\bkill two birds\b",
    r"\bkill the (?:lights|mood|vibe|engine)\b",
    r"\bdying (?:to|for)\b|\b(?:is|was|were|are|be|looks?|looked|tastes?|tasted|smells?|smelled|absolutely|simply|just|totally) to die for\b|\bto die for$|\bdie for (?:a|some)\b",  # noqa: E501
    r"\bsuicide (?:prevention|awareness|rates?|statistics|stats|research|training|first aid)\b",
    r"\b(?:die|died|dying|dead|death) (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|envy|curiosity|jealousy|happiness|excitement|the heat)\b",  # noqa: E501
    r"\b(?:nearly|almost|could have|could of|couldve|basically|literally) (?:died|die|dead)\b(?: (?:laughing|of laughter|when|at|from))?",  # noqa: E501
    r"\b(?:died|dying|die|dead|killed myself|killing myself|kill myself) (?:laughing|of laughter|with laughter)\b",  # noqa: E501
    r"\bdrop dead (?:gorgeous|beautiful|handsome)\b",
    r"\bdead (?:tired|beat|serious|on my feet|on time|centre|center|end|ringer|weight|set|last|air|zone|quiet|silent|easy|good|wrong|right|cute|funny)\b",  # noqa: E501
    r"\b(?:deadline|deadlines|deadlift|deadlifts|deadpan|deadbolt|dead heat)\b",
    r"\b(?:phone|battery|laptop|car|plant|plants|wifi|internet|computer|tablet|headphones|torch|remote) (?:is |was |has |had |just )*(?:died|dead|dying)\b",  # noqa: E501
    r"\bdead to me\b|\bover my dead body\b|\bdead man walking\b|\bflog a dead horse\b",
    r"\b(?:i am|we are|she is|he is|you are) (?:so |literally )?dead\b(?= (?:lol|haha|lmao|rofl|\s*$))",  # noqa: E501
    r"\b(?:bored|scared|frightened|tickled|worried|sick|loved?|love you|laughed|freezing|starving) (?:me |you |him |her |us )?to death\b",  # noqa: E501
    r"\bstarving\b(?! myself)",
    r"\bshoot (?:me|us|him|her) (?:a|an) (?:text|message|email|line|dm|note|call)\b|\bshoot (?:for|the breeze)\b|\bphoto ?shoot\b|\bshoot myself in the foot\b",  # noqa: E501
    r"\b(?:career|social|political|commercial|financial) suicide\b|\bsuicide (?:squad|doors?|run|runs|drills?|sprints?|sauce|wings|king|mission)\b",  # noqa: E501
    r"\bcut (?:myself|me) (?:some |a little |a bit of )?slack\b|\bcut (?:myself|me) (?:a|some|another) (?:slice|piece|break|deal)\b",  # noqa: E501
    r"\bcut myself (?:shaving|cooking|chopping|gardening|on (?:a|the|some|my)|by accident|accidentally|while|when|slicing|opening)\b",  # noqa: E501
    r"\bburn(?:ed|t)? myself (?:on (?:the|a|some)|cooking|ironing|by accident|accidentally|while|when|with the (?:kettle|iron|pan|oven))\b",  # noqa: E501
    r"\bhurt myself (?:at the gym|lifting|skiing|playing|running|falling|tripping|by accident|accidentally|while|when i (?:fell|tripped|slipped)|on (?:the|a) (?:stairs|ice|trampoline))\b",  # noqa: E501
    r"\b(?:beat|beating|kick|kicking|kicked) myself(?: up)?\b",
    r"\bkilling myself (?:at|over|for|with|trying|to (?:finish|get|make|meet|keep))\b",
    r"\b(?:hit|banged|bumped|bashed|smacked) my (?:head|knee|elbow|toe|shin|arm) (?:on|against|getting)\b",  # noqa: E501
    r"\b(?:choked|choking|choke) (?:on|up|during|in|at)\b|\bchoked\b(?= (?:again|under pressure))",
    r"\bburn(?:ing|ed|t)? (?:out|the candle)\b|\bburnt out\b",
    r"\bburn(?:ing|ed|t)? (?:myself|me|yourself|ourselves) out\b",
    r"\bcross that bridge\b|\bburn(?:ed|t|ing)? (?:my|our|that|the) bridges?\b|\bbridge the gap\b|\bwater under the bridge\b",  # noqa: E501
    r"\bif (?:all )?(?:your friends|everyone|they|he|she) jumped off a (?:bridge|cliff)\b",
    r"\b(?:d|would) rather (?:die|be dead) than\b",
    r"\btake (?:my )?life back\b|\btake back my life\b|\btook my life back\b",
    r"\b(?:end|ending) (?:it|things) (?:with|between)\b",
    r"\bthe (?:car|boat|plane|bus|company|project|show|film|series|story|game|season) (?:is |was )?(?:dying|dead|killed off)\b",  # noqa: E501
    r"\b(?:killer|killers) (?:workout|app|view|views|deal|heels|outfit|smile|game|instinct|queen|bee|whale|sudoku|tune|line)\b",  # noqa: E501
    r"\blocked (?:myself |me )?out (?:of (?:my|the) (?:account|email|laptop|phone|car|flat|house|apartment))\b",  # noqa: E501
    r"\bmy (?:feet|back|knees|head|legs|shoes|neck|eyes|hands|ears) (?:are|is|were|was) killing me\b",  # noqa: E501
    r"\bbang(?:ing)? my head (?:against|on) (?:a|the) (?:wall|brick wall|desk)\b",
)

# A wider net for suicidal thoughts said in words no pattern above expects ("I've lost the
# will to live", "death sounds peaceful"): a word about dying or being alive and a word
# of wanting or weariness in the same clause.
SOFT_DEATH_RULE = (
    r"\b(?:die|dying|died|dead|death|alive|live|living|exist|existing|wake up|waking up|not be here|not being here|be around|funeral|sleep forever|take me|ending everything|end everything|end it|ending it|suicide|suicidal|kill myself|killing myself|not here any more|gone for good)\b"  # noqa: E501
    r"(?! (?:in|at|by|with|near|on|abroad|together|room|costs?|up to|for (?:my|the|her|him|them)|music|stream|show|tv|again|more))"  # noqa: E501
)
SOFT_WISH_RULE = r"\b(?:want|wanting|wanted|wish|wishing|wished|hope|hoping|pray|praying|prayed|asked god|enough|tired of|sick of|done with|easier|better off|better without|fine without|peaceful|relief|ready|no point|the point|will to|lost the will|how much longer|can not keep|cant keep|feel like|feels like|thinking about|think about|thought about|doesnt scare|does not scare|keep thinking|longing|crave|craving)\b"  # noqa: E501
SOFT_CALM_RULE = r"\b(?:feel|feeling|felt|feels) (?:more |so |really )?alive\b"

# --- compiling only what a text can match ----------------------------------------------
# Compiling every pattern above takes about 70 ms, far too slow for ``bondlens add``. So
# each pattern has a gate: words, one of which every match of the pattern contains
# (derived from the pattern by tests/test_analysis_crisis.py, which fails with the new
# table when a pattern changes). A pattern whose gate is absent from a text cannot match
# it, so it is skipped there and compiled only when some text first needs it.


class Rules:
    """Patterns tried in order, like ``re.compile("|".join(patterns))``, compiled lazily.

    ``finditer``, ``search`` and ``sub`` give exactly what the joined pattern would: at
    each place, the first pattern in order that matches there wins. Skipping a pattern
    whose gate is absent changes nothing, since it could match nowhere in the text.
    """

    def __init__(self, patterns: tuple[str, ...], gates: tuple[str, ...]) -> None:
        if len(patterns) != len(gates):
            raise ValueError("every pattern needs a gate")
        self.patterns = patterns
        self.gates = tuple(tuple(gate.split("|")) for gate in gates)
        # Each gate word once, with the patterns it opens: one C-level scan per text.
        self._opens: dict[str, list[int]] = {}
        for index, gate in enumerate(self.gates):
            for word in gate:
                self._opens.setdefault(word, []).append(index)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(patterns)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns, in order, that may match ``text``: those whose gate it holds."""
        opened = {i for word in filter(text.__contains__, self._opens) for i in self._opens[word]}
        found = []
        for index in sorted(opened):
            pattern = self._compiled[index]
            if pattern is None:
                pattern = self._compiled[index] = re.compile(self.patterns[index])
            found.append(pattern)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as the joined pattern finds them.

        Every match is at least one gate word long, never empty, so the next search
        starts where the last match ended, as ``re.finditer`` does.
        """
        patterns = self.candidates(text)
        upcoming = [pattern.search(text) for pattern in patterns]
        while True:
            best: re.Match[str] | None = None
            for match in upcoming:  # the leftmost; on a tie the earlier pattern
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            end = best.end()
            upcoming = [
                match if match is None or match.start() >= end else pattern.search(text, end)
                for pattern, match in zip(patterns, upcoming, strict=True)
            ]

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as the joined pattern's ``search`` finds it."""
        return next(self.finditer(text), None)

    def sub(self, replacement: str, text: str) -> str:
        """Every match replaced by the literal ``replacement``."""
        pieces: list[str] = []
        last = 0
        for match in self.finditer(text):
            pieces += (text[last : match.start()], replacement)
            last = match.end()
        pieces.append(text[last:])
        return "".join(pieces)


GATES: dict[str, tuple[str, ...]] = {
    "suicidal_thoughts": (
        "end my|ending my|kill my|killed my|killing my|off my self|off myself|offing my",
        "suicidal|suicide",
        "be dead|die|exist|not be alive",
        "wanna die|want die",
        "dead|gone|never born",
        "d never been born",
        "disappear|fall asleep forever|not wake up|stop existing|vanish",
        "disappear",
        "disappear|vanish",
        "better off dead|better off if i died|better off if i had never|better off if i was|better off if i were|better off with me gone|better off without me|i am gone",  # noqa: E501
        "everybody |everyone |family |kids |people |they |world ",
        "care|miss|notice",
        "miss me",
        "sleep and",
        "wake up",
        "want to wake up",
        "wake up",
        "christmas|long|my birthday|new year|next year|the summer|the weekend",
        "why am i ",
        "gone for good|no longer around|not around any more|out of the picture|six feet under",
        "would just stop|would stop",
        "being dead |death |dying |not being alive |not existing ",
        "be over|end|stop",
        "just want everything|just want it all all to be over|just want it all to be over|just want it to be over|just want this all to be over|just want this to be over",  # noqa: E501
        "existing",
        "funeral",
        "better |easier |happier |lighter ",
        "herself|himself|themselves",
        "forever",
        "be around|be here|carry on|exist|go on|keep going|keep living|live",
        "not sure i",
        "carry on|do this any more|go on|keep going|keep living",
        "done of |done with |exhausted|sick of |sick with |tired",
        "to live for",
        "no point |no reason ",
        "the point ",
        "pointless",
        "can not carry on|can not go on|can not keep",
        "can not do this any more",
        "end it all|ending it all",
        "about end|decided end|going end|plan end|planning end|ready end|to end|want end",
        "end my life|ending my life|my own life|take my life|taking my life",
        "any more|for long|much longer|next week|tomorrow",
        "a bus |a car |a truck |god |it |somebody |someone |something |the plane ",
        "thought",
        "think about being dead|think about death|think about dying|think about ending it|think about not being here|thinking about|thought about",  # noqa: E501
        "rather be dead",
        "is not worth",
        "worth",
        "should",
        "hope i|hoping i",
        "better dead|worth more dead",
        "in heaven|join her soon|join him soon|join them soon|on the other side",
        "being alive|living|to exist",
        "be alive|would not be around|would not be here|would not still be around|would not still be here|wouldnt",  # noqa: E501
        "would not still be alive|would not still be around|would not still be here|wouldnt still be",  # noqa: E501
        "life|living",
        "be dead|die|disappear|not wake up|stop breathing",
        "die in my sleep",
        "better off without me|better without me|easier|fine off without me|fine without me|happier|ok off without me|ok without me|okay off without me|okay without me",  # noqa: E501
        "me in my sleep",
        "rather not",
        "all of it to be over|all of this to be over|everything to be over|it all to be over|my life to be over|to end|to stop",  # noqa: E501
        "alive",
        "stop being|stopped being",
        "if i ",
    ),
    "plan_or_means": (
        "antidepressants|benzos|capsules|codeine|insulin|lithium|medication|meds|opioids|oxy|painkillers|paracetamol|pills|prescription|sertraline|sleeping|tablets|tylenol|xanax",
        "down |downing |swallow|take |taking |took ",
        "od ing|od on|overdose|overdosing",
        " hidden| put aside| put away| saved| stashed| stockpiled",
        "take them all at once|take them all in one go|take them all together|take them all tonight",  # noqa: E501
        "a date|the date",
        "how i am going to do it|how i could do it|how i d do it|how i id do it|how i will do it|how i would do it",  # noqa: E501
        "know where",
        "noose|rope",
        "car in|car off",
        "like an accident",
        "goodbye",
        "amount|deadly dose|fatal dose|lethal dose",
        "how many |how much ",
        "email|letter|message|note|text|video",
        "everyone |my brother |my children |my family |my kids |my mom |my mum |my parents |my partner |my sister ",  # noqa: E501
        "goodbye",
        "drive |driving |drove |jump |jumped |jumping |step |stepping |throw myself |walk |walking ",  # noqa: E501
        "edge|parapet|railing",
        "bridge|cliff|railway|roof|tracks",
        "hang my|hanging myself|noose",
        "belt |cord |rope ",
        "firearm|gun|pistol|rifle",
        "blade|gun|knife|pills|pistol|rifle|rope",
        "die|do it|end it|go|kill|suicide",
        "a plan",
        "decided |figured out |googled |know |looked up |searched |searching |worked out ",
        "googled|looked up|searched",
        "on friday is the |on monday is the |on saturday is the |on sunday is the |on thursday is the |on tuesday is the |on wednesday is the |this weekend is the |tomorrow is the |tonight is the ",  # noqa: E501
        "away all my |away my ",
        "go through with it",
        "running",
        "looked|looking|stared|staring|watched|watching",
        "to find",
        "antidepressants|benzos|capsules|codeine|insulin|lithium|medication|meds|opioids|oxy|painkillers|paracetamol|pills|prescription|sertraline|sleeping|tablets|tylenol|xanax",
        "ready",
        "which balcony|which bridge|which building|which car park|which cliff|which multistorey|which roof|which station|which tower|which train",  # noqa: E501
        "how deep |how far |how high |how tall ",
        "do it",
        "keep looking at it|thinking about it",
        "all i need to do it|all i need to end it|all i need to go through with it|everything i need to",  # noqa: E501
        "count|laid out |lined up |set out ",
        "carbon monoxide|exhaust pipe|hosepipe in the car",
        "my throat|my wrist",
        "drown",
    ),
    "self_harm": (
        "self harm|self hurt|self injure|self injuring|self injury",
        " my self| myself",
        "burned |burning |burnt |carve|carving |cut |cuts |cutting |scratched |scratching |slashed |slashing ",  # noqa: E501
        "blade|compass|lighter|razor|sharpener",
        "arms|blades|bruises|burns|cuts|marks|razors|scars|wrists",
        "clean|relapse|relapsing|slipped",
        "craving|itch to |need to |urge to |urges to ",
        "burning myself|cutting|hurting myself",
        "make myself bleed",
        "held my |hold my |holding my |press|put my ",
        "damaging my |harm my |harming my |hurt my |hurting my |my own |punish",
        "blade on my|compass on my|knife on my|lighter on my|razor on my|scissors on my",
        "to burn|to cut",
        "blade|razors",
        " bled| bleed| blistered| bruise| burned| cracked| split| swelled| swole",
        "to hurt",
        "carve|carving |cut |etched |scratched |wrote ",
        "fresh",
        "blade|razor",
        "opening |pick |picked |picking |tearing ",
        "on purpose",
        "blood|it hurt|pain",
        "cut |cutting |start",
        "burns |cuts |lines |marks |scratches |slashes ",
        "hair ",
    ),
    "danger_now": (
        "threat",
        "beat |break |burn |bury |choke |end |find |hurt |kill |shoot |stab |strangle ",
        "choke |hurt |kill |shoot |stab |strangle ",
        "attacking |beating |choking |following |hitting |hurting |kicking |punching |stalking |strangling |threatening ",  # noqa: E501
        "choke|choking |smothered |smothering |strangle|strangling |suffocated |throttled ",
        "my face|my mouth|my neck|my throat|round my",
        "grabbed |held |pinned |squeezed ",
        "could not breathe",
        "axe|bat|blade|gun|hammer|knife|knives|machete|pistol|rifle|weapon",
        "against my |blade|gun at my |gun to my |knife|weapon",
        "held |pointed |pulled |waved ",
        " locked me | locks me | shut me | trapped me | trapping me ",
        "barricaded|hid in|hid myself in|hiding|locked|stuck|trapped",
        "let me ",
        "broke my |hid my |hidden my |smashed my |taken my |takes my |took my ",
        "can not get out",
        "locked in",
        "firearm|gun|knife|machete|pistol|rifle|weapon",
        "aimed |aiming |aims |point",
        "inside it|kids in it|with me in it|with the children in it|with us in it",
        "destroy|end me|end us|finish|get me|get us",
        "attack|beat me|beat us|hurt me|hurt us|kill me|kill us",
        "figured out where|find out where|found out where|knows where",
        "he|him|my bf|my boyfriend|my dad|my ex|my gf|my girlfriend|my husband|my landlord|my mom|my mum|my partner|my son|my stepdad|my wife",  # noqa: E501
        "door down|door in|door open|doors|window",
        "came at me|comes at me|coming at me|lunged at me|ran at me",
        "hurled |smashed |swung |threw |throwing |throws ",
        "next time",
        "come after",
        "me pay|us pay",
        "burn down |set alight |set fire to |torch ",
        "the next one is for",
        "a gun|blade|her gun|his gun|knife|the gun|weapon",
        "coming |driving |walking ",
        "through the",
        "bank card|documents|id|keys|papers|passport|phone",
        "anywhere",
        "my hair|my neck|the hair|the neck|throat",
        "sharpened |sharpening |sharpens ",
        "firearm|gun|pistol|rifle",
        "trying",
        "drown |get rid of |harm |hurt |kill |poison ",
        "beat|destroy|hurt|kill|make me pay",
        "at my door|at the door|banging|breaking in|in the driveway|kicking|parked outside|pounding|trying to",  # noqa: E501
        " are back| are here| is back| is here| was back| was here|coming|downstairs|outside",
        "banging |hammering |kicking |knocking |pounding ",
        "at my apartment|at my car|at my door|at my flat|at my house|at my window|at my work|outside my",  # noqa: E501
        "break|broke|trying to get in",
        "followed me |following me |stalked me |stalking me ",
        " assaulted | attacked | beat | bit | burned | dragged | hit | hits | kicked | punched | pushed | raped | shoved | slapped | threw ",  # noqa: E501
        "afraid |fear |fearing |frightened |scared |terrified |worried ",
        "find me|find us|hurt me|hurt us|kill me|kill us",
        "feel safe |i am safe |not safe |we are safe ",
        "not safe",
        "afraid to go home|scared to go home|terrified to go home",
        "afraid|frightened|scared|terrified",
        "help me|i need help now|please help|send help|someone help",
        "call |ring ",
        "kill me |kill us ",
        "kill me and|kill us and",
        "kill herself if i|kill himself if i|kill themselves if i",
    ),
    "idioms": (
        " killing me",
        "be the death of me|kill me",
        "kill me|killed me|killing me|kills me|me softly",
        "kill it|killed it|killing it",
        "d kill for",
        "kill some time|kill the time|kill time|kill two birds",
        "kill the",
        "die for|dying",
        "suicide",
        "dead from |dead of |dead with |death|die from |die of |die with |died from |died of |died with |dying",  # noqa: E501
        "almost d|basically d|could have d|could of d|couldve d|literally d|nearly d",
        "laughing|laughter",
        "drop dead",
        "dead ",
        "dead heat|deadbolt|deadlift|deadline|deadpan",
        "dead|died|dying",
        "dead man walking|dead to me|flog a dead horse|over my dead body",
        "are dead|he is dead|i am dead|literally dead|so dead",
        "to death",
        "starving",
        "shoot",
        "suicide",
        "e a break|e a deal|e a piece|e a slice|e another|e some|slack|yself",
        "cut myself",
        "burn myself |burned myself |burnt myself ",
        "hurt myself ",
        "beat myself|beating myself|kick myself|kicked myself|kicking myself",
        "killing myself",
        "banged my |bashed my |bumped my |hit my |smacked my ",
        "choke|choking",
        "burn out|burned out|burning out|burnt out|the candle",
        "burn me out|burn myself out|burned|burning|burnt|ourselves out|yourself out",
        "bridge",
        "jumped off a ",
        "d rather",
        "take back my life|take life back|take my life back|took my life back",
        "between|end it with|ending it with|things with",
        "the boat |the bus |the car |the company |the film |the game |the plane |the project |the season |the series |the show |the story ",  # noqa: E501
        "killer",
        "locked",
        "killing me",
        "my head",
    ),
    "soft_death": (
        "be around|dead|death|die|dying|end it|ending it|everything|exist|funeral|gone for good|kill myself|killing myself|live|living|not be here|not being here|not here any more|sleep forever|suicidal|suicide|take me|wake up|waking up",  # noqa: E501
    ),
    "soft_wish": (
        "asked god|better off|better without|can not keep|cant keep|crave|craving|done with|easier|enough|feel like|feels like|fine without|hope|hoping|how much longer|longing|lost the will|peaceful|point|pray|ready|relief|scare|sick of|think about|thinking|thought about|tired of|want|will to|wish",  # noqa: E501
    ),
    "soft_calm": ("alive",),
}

COMPILED = {kind: Rules(rules, GATES[kind]) for kind, rules in RULES.items()}
IDIOMS = Rules(IDIOM_RULES, GATES["idioms"])
SOFT_DEATH = Rules((SOFT_DEATH_RULE,), GATES["soft_death"])
SOFT_WISH = Rules((SOFT_WISH_RULE,), GATES["soft_wish"])
SOFT_CALM = Rules((SOFT_CALM_RULE,), GATES["soft_calm"])
