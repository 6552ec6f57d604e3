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
    "naebody": "nobody",
    "kmss": "kill myself",
    "unaliving": "killing",
    "myslef": "myself",
    "mysel": "myself",
    "meself": "myself",
    "myself": "myself",
    "mysef": "myself",
    "miself": "myself",
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
    "tonights": "tonight is",
    "tomorrows": "tomorrow is",
    "todays": "today is",
    "ctb": "kill myself",
    "sewerslide": "suicide",
    "suicidial": "suicidal",
    "unalived": "killed",
    "unalive": "unalive kill",
    "sed": "said",
    "sez": "says",
    "gona": "going to",
    "finna": "going to",
    "waan": "want",
    "fi": "to",
    "cyaan": "can not",
}

# --- the rules -------------------------------------------------------------------------
# Patterns run on normalised text: no apostrophes ("dont", "hell" for "he'll"), "i am",
# "can not", "any more", "self harm" already spelled out.

_HE = r"(?:he|she|they|him|her|them|(?:my )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmum|stepmom|brother|son|landlord))"  # noqa: E501
_WILL = r"(?:is going to|was going to|are going to|going to|will|would|ll|d|is gonna|might)"
_KIN = r"(?:mum|mom|mums|moms|mummy|mam|mams|mammy|mommy|momma|mamma|mother|mothers|mama|dad|dads|daddy|father|fathers|papa|nan|nans|nana|gran|grans|granny|grandma|grandad|grandpa|boss|bosses|oga|manager|teacher|coach|sister|sisters|brother|brothers|sis|flatmate|roommate)"  # noqa: E501
# Hiding for a game, read with the place in either order: "hid in the wardrobe for hide
# and seek", "hide and seek with the kids, I hid in the wardrobe". The idiom blanks the
# game's name before the rules look, so the danger rule cannot see it there.
_HIDE_AND_SEEK = r"hide (?:and|n|an) seek"
_HID = r"(?:hid|hiding|hide) (?:myself )?(?:in|inside|under|behind) (?:the |my |our |a )?(?:bathroom|bedroom|closet|wardrobe|room|cupboard|basement|attic|shed|bed|sofa|curtains?)"  # noqa: E501
# A sentence about the writer's own medicine, not a parent's or a partner's: "picked up
# mum's prescriptions from two pharmacies" is an errand.
_OWN = r"^(?!.*\b(?:mums|moms|dads|nans|grans|his|their|for (?:mum|mom|dad|nan|gran|her|him|them|my \w+))\b).*?"  # noqa: E501
_PILLS = r"(?:pills|tablets|meds|medication|medications|painkillers|sleeping pills|sleeping tablets|paracetamol|tylenol|insulin|oxy|xanax|benzos|antidepressants|prescriptions?|capsules|codeine|opioids|sertraline|lithium)"  # noqa: E501
_BODY = r"(?:arm|arms|hand|hands|leg|legs|wrist|wrists|skin|thigh|thighs|stomach|chest|foot|feet)"
# A message typed as fragments is also read as one run (crisis.screen_run), its sentence
# ends marked " . ". Almost every rule stops at one ([^.]); these reach over one or two:
_OVER = r"[^.]{0,30}(?: \. [^.]{0,40})?"
_OVER2 = r"[^.]{0,30}(?: \. [^.]{0,40}){0,2}"
_OVER3 = r"[^.]{0,30}(?: \. [^.]{0,60}){0,2}"
# A goodbye said with an act under way: "on the bridge railing now. love you mum".
_GOODBYE = r"(?:love you|love u|forgive me|sorry|goodbye|bye|cheerio|take care|tell \w+)"
_WEAPON = r"(?:baseball bat|cricket bat|bat|knife|knives|hammer|machete|cutlass|belt|gun|iron|golf club|koboko)"  # noqa: E501
# Told that a child will not be seen or got back: "his text said I'll never get her back".
_NEVER_AGAIN = r"(?:saying|said|says|texted|messaged|told me|threatening|threatened|voice note|voicemail)\b[^.]{0,20}\b(?:i will|ill|i am going to|im going to|im gonna|you will|youll) never"  # noqa: E501
# Someone hiding from them ("im under the bed", "kids hiding upstairs"), not hiding presents.
_HIDING = r"(?:(?:hiding|hide)(?: in| under| behind| upstairs| with| from|$| \.)|under the bed|locked (?:myself|ourselves|the door|in)|in the wardrobe)(?! and seek)"  # noqa: E501

RULES: dict[str, tuple[str, ...]] = {
    "suicidal_thoughts": (
        rf"\b(?:expiry|expiration|use by|sell by|best before) dates?\b{_OVER}\bmine (?:is|s|will be) (?:this|tonight|tomorrow|today|on|next|soon|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\bmy (?:expiry|expiration|use by|sell by|best before) date (?:is|s) (?:this|tonight|tomorrow|today|next|soon|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b",  # noqa: E501
        # A place that "calls" louder (2026-11-24): the bridge, the river, the edge.
        rf"\b(?:bridge|river|edge|cliff|cliffs|tracks|railway|ledge|canal|quarry)\b{_OVER}\b(?:calls|calling|calls to me|pulls at me|pulling at me) (?:louder|harder|stronger|more)\b",  # noqa: E501
        r"\b(?:last|final) (?:night|day|hours?) on (?:this )?earth\b(?! (?:well|lol|haha|film|song|movie))",  # noqa: E501
        # A double negative: "can't remember the last day I didn't think about suicide".
        r"\b(?:last (?:day|time|night|week)|a (?:single )?day) (?:that |when )?i (?:did not|didnt|have not|havent|was not|wasnt) (?:think|thought|thinking|thinking) (?:about|of) (?:suicide|dying|killing myself|ending it|ending my life|wanting to die|death)\b",  # noqa: E501
        r"\b(?:kill|killing|killed|end|ending|off|offing) (?:myself|my self)\b",
        r"\bsuicid(?:e|al|ally)\b",
        r"\b(?:want|wanted|wanting|wish|wished|ready|going|need|longing|long) (?:to )?(?:just )?(?:die|be dead|not exist|stop existing|not be alive)\b",  # noqa: E501
        r"\bi (?:just )?wan(?:t|na) die\b",
        r"\bwish (?:i|that i) (?:was|were|could be|had been) (?:dead|gone|never born)\b",
        r"\bwish i (?:had|d) never been born\b",
        r"\bwish i could (?:just )?(?:disappear|vanish|not wake up|stop existing|fall asleep forever)\b",  # noqa: E501
        r"\b(?:want|wanted) to (?:just )?disappear(?! for a| into (?:the|my|a) (?:sofa|couch|bed|duvet|book|crowd|background|garden|kitchen)| under (?:the|a|my) (?:duvet|covers|blanket|blankets|quilt)| to a (?:cabin|cottage|beach|island|spa|retreat|hut|caravan|tent|village|desert island|log cabin|farm|hotel)| on holiday| to the)\b",  # noqa: E501
        r"\b(?:disappear|vanish) (?:forever|for good|permanently)\b",
        r"\bbetter off (?:without me|dead|if i (?:was|were|wasnt|werent|was not|were not|died|had never)|with me gone|when i am gone|once i am gone)\b",  # noqa: E501
        r"\b(?:world|everyone|everybody|they|family|kids|people|house|life|things) (?:would|will|d) be (?:(?:so|much|a lot|way|far) )*(?:better|quieter|easier|happier|lighter|calmer|simpler|fine|okay|ok) (?:off )?without me\b",  # noqa: E501  # noqa: E501
        r"\b(?:no one|nobody|noone|no body) (?:would|will|d) (?:even )?(?:miss|notice|care)\b[^.]{0,30}\b(?:if|when) i (?:died|was gone|were gone|disappeared|was dead|killed|am gone|was not here)",  # noqa: E501
        r"\b(?:no one|nobody|noone) (?:would|will) (?:even )?miss me\b",
        r"\b(?:sleep|asleep)(?: for (?:\w+ ){0,2}\w+)? and (?:not|never) wake up\b",
        r"\b(?:never|not) (?:to )?wake up (?:again|tomorrow|in the morning)\b",
        r"\b(?:dont|do not|never|not) want to wake up\b",
        r"\b(?:hope|hoping|pray|praying|prayed|wish|wishing) (?:that )?i (?:dont|do not|never|wont|will not|would not|wouldnt) wake up\b",  # noqa: E501
        r"\b(?:wont|will not|not|dont think i will|do not think i will|dont think ill|may not|might not) be (?:around|here|alive) (?:for|by|at|to see) (?:christmas|my birthday|the new year|new year|next year|much longer|the summer|the weekend|long|spring|summer|autumn|winter|next month)\b",  # noqa: E501
        r"\bwhy am i (?:even |still )?(?:still |even )?(?:here|alive|living|breathing)\b",
        r"\b(?:with|once|if|when) (?:me|i am|i was|i were) (?:out of the picture|gone for good|not around any more|no longer around|six feet under)\b",  # noqa: E501
        r"\b(?:my|the) (?:heart|breathing|life) would (?:just )?stop\b",
        r"\b(?:dying|death|being dead|not existing|not being alive) (?:seems|feels|is|would be|sounds) (?:like )?(?:the only|a relief|easier|better|peaceful|my only)\b",  # noqa: E501
        r"\b(?:want|wish|need) (?:it|everything|this|all of it|it all|the pain|my life) (?:all )?to (?:just |finally |simply )?(?:stop|end|be over)\b(?=.*\b(?:permanently|forever|for good|for ever|all of it|everything)\b)",  # noqa: E501
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
        r"\b(?:want|wish|hope|need|wouldnt mind if|would not mind if|dont mind if|do not mind if|would not care if|wouldnt care if) (?:someone|somebody|something|a car|a bus|a truck|a lorry|a train|the plane|god|it) (?:would |to |will )?(?:kill me|hit me|hits me|end me|take me|ran me over|runs me over|took me)\b",  # noqa: E501
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
        r"\b(?:better|fine|happier|okay|ok|easier) (?:off )?without me\b(?! for (?:a|an|the|one|two|three|four|five|six|seven|ten|\d+|a few|a couple of) (?:\w+ )?(?:week|weeks|weekend|night|nights|day|days|hours?|fortnight|month|bit|while|trip|holiday|evening|morning|afternoon))",  # noqa: E501
        r"\b(?:take|taking|took) me in my sleep\b",
        r"\brather not (?:exist|be alive|be here|wake up|be around)\b",
        r"\b(?:for|want|wish|need) (?:it all|everything|all of it|all of this|my life) to (?:just |finally |simply )?(?:end|stop|be over)\b",  # noqa: E501
        r"\b(?:tired of|sick of|done|exhausted|struggling|fighting|trying|cant|can not) (?:\w+ ){0,2}(?:to )?stay(?:ing)? alive\b",  # noqa: E501
        r"\bstop(?:ped)? being (?:a problem|a burden|in the way|here|around)\b[^.]{0,30}\b(?:permanently|for good|forever)\b",  # noqa: E501
        r"\bif i (?:just )?(?:vanished|disappeared|wasnt here|was not here|was not around|wasnt around|didnt exist|did not exist|ceased to exist|was gone|were gone|died)\b",  # noqa: E501
        r"\b(?:doing|do|did|would do) (?:everyone|everybody|them|the world|my family|you all|people|all of them) a (?:favour|favor)\b[^.]{0,25}\b(?:not being|dying|disappearing|going|leaving|ending|killing|being gone|not existing|not here)\b",  # noqa: E501
        r"\b(?:hope|hoping|wish|wishing|pray|praying|want)\b[^.]{0,20}\bmy (?:heart|body|lungs|breathing) (?:would |will |to |could |just )*(?:give|gives|giving|stop|stops|fail|fails|quit|quits|pack up|packs up)\b",  # noqa: E501
        r"\b(?:not sure|doubt|dont think|do not think|dont know if|do not know if|wonder if|wondering if)\b[^.]{0,15}\b(?:i|ill|id|i will|i would) (?:still )?be (?:around|here|alive)\b(?! (?:at|on|in|for (?:dinner|lunch|tea|the)|when|this (?:afternoon|evening|morning)))",  # noqa: E501
        r"\b(?:dont|do not|cant|can not|no longer|never) see (?:the |any |a )?point (?:in|of|to) (?:carrying on|going on|living|being here|being alive|staying alive|staying|any of it|anything|life|trying any more|it all|keep going|keeping going|existing)\b",  # noqa: E501
        r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bmum )(?<!\bmom )(?<!\bdad )\b(?:if|wish|wishing|wished) (?:i|id|i d|i had)(?: had)? never (?:been born|existed|was born)\b",  # noqa: E501
        r"\b(?:want|need|wanted) (?:to get )?out of (?:everything|it all|life|this life|existence|this world)\b",  # noqa: E501
        r"\b(?:dont|do not|cant|can not|never) (?:see|picture|imagine) (?:myself|me) (?:being |still )?(?:here|alive|around)\b|\bno (?:version of the )?future (?:where|with|that has) (?:i|me)\b",  # noqa: E501
        r"\bbetter (?:to not|not to) (?:live|be alive|exist|wake up|be here)\b|\bbetter (?:to die|to be dead)\b",  # noqa: E501
        r"\b(?:started|been|keep|am|begun) saying (?:my )?goodbyes?\b",
        r"\b(?:come|came|go|turn up|show up|cry|cried) (?:to|at) my (?:own )?funeral\b",
        r"\b(?:just )?(?:not|never) waking up\b(?! (?:in time|on time|early|for|until|till|to))",
        r"\b(?:go|went|going|fall|fell|falling) (?:to sleep|asleep) and (?:stay|stayed|staying|never|not) (?:there|asleep|come back|wake|woke|waking)\b|\b(?:sleep|disappear|vanish)\b[^.]{0,20}\bnever (?:come|coming) back\b",  # noqa: E501
        r"\bgiv(?:e|ing) up (?:for good|forever|permanently|on (?:life|living|being alive|everything))\b",  # noqa: E501
        # "I think about driving into a wall", "imagining swerving into oncoming traffic"
        r"\b(?:think|thinking|thought|imagine|imagining|imagined|picture|picturing|fantasi[sz]e|fantasi[sz]ing) (?:about |of )?(?:just )?(?:driving|crashing|swerving|steering|veering) (?:my car |the car )?(?:into|off|in front of) (?:a |the |an )?(?:wall|tree|bridge|oncoming|lorry|truck|bus|traffic|river|cliff|barrier|motorway|pillar)\b",  # noqa: E501
        # "letters to my kids in case I do it"
        r"\b(?:letter|letters|note|notes|goodbyes?|message|messages)\b[^.]{0,50}\bin case i (?:do it|go through with it|actually do it|end it)\b(?! (?:late|later|wrong|right|badly|again|first|myself|for))",  # noqa: E501
        r"\b(?:wish|want|hope)\b[^.]{0,15}\b(?:be deleted|be erased|be wiped out|delete myself|erase myself)\b|\b(?:want|wanted|wish|need) to be gone\b(?! (?:by|before|from|when|for))",  # noqa: E501
        r"\b(?:done|over|finished|through) (?:with )?(?:being alive|living|existing|life)\b(?! (?:in|with|at|on|under|next|near|here|there|together|like|coach))",  # noqa: E501
        r"\b(?:disappointed|sad|upset|angry|annoyed|gutted|surprised) (?:that )?i (?:woke up|am still alive|am still here|am still around|survived|made it through)\b",  # noqa: E501
        r"\b(?:could|want to|going to|ready to|should|might) (?:just )?end (?:things|everything)\b(?! with| between| off)",  # noqa: E501
        r"\b(?:heaven|the afterlife|the other side)\b[^.]{0,40}\b(?:want to go|wish i was|ready to go|go there|be there|join)\b",  # noqa: E501
        r"\b(?:mercy|relief|blessing|kindness)\b[^.]{0,20}\bif i (?:didnt|did not|never|dont|do not|wouldnt) (?:make it|wake|survive|come back)\b",  # noqa: E501
        r"\bshould (?:just )?not be (?:here|alive|around)\b|\bshouldnt (?:even |still )?be (?:here|alive)\b",  # noqa: E501
        r"\b(?:pack it in|call it a day|throw in the towel|check out|clock out|log off)\b[^.]{0,10}\b(?:for good|permanently|forever|for ever|from life|of life)\b",  # noqa: E501
        r"\b(?:d|id|would) rather (?:die|be dead) than (?:go on|going on|live|living|keep|carry on|carrying on|face|wake|spend another|go back|be here|feel like this|another|this|be alive)\b",  # noqa: E501
        r"\b(?:god|jesus|the lord|the universe)\b[^.]{0,30}\b(?:take me|ready to go|ready for me|ready whenever|let me die|call me home)\b|\bready whenever (?:he|she|god|it) is\b",  # noqa: E501
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\b[^.]{0,20}\b(?:plane|train|bus|car|lorry|truck) (?:goes down|crashes|hits me|would crash|will crash|comes off|would hit me)\b",  # noqa: E501
        r"\b(?:wouldnt|would not|wont|will not) (?:even )?be missed\b",
        r"\b(?:dont|do not) think (?:i|ill|i will|i am going to) (?:make it|last|survive|be here) (?:to|until|till|through|past|another)\b",  # noqa: E501
        r"\b(?:dont|do not|no longer) want\b[^.]{0,40}\bbeing alive\b",
        r"\b(?:best|better|easier|kinder) (?:if |that )?i (?:just )?(?:go|went|leave|left|disappear|disappeared)(?: for good| forever| permanently)?$",  # noqa: E501
        r"\bno (?:reason|point) (?:left )?(?:to|in) stay(?:ing)?\b(?! (?:at|in|with|for|late|on|longer at|up|over|the night|there))",  # noqa: E501
        r"\bunaliv(?:e|ing|ed)\b|\bsewer ?slide\b",
        r"\b(?:trade|swap|change) places with\b[^.]{0,30}\b(?:coffin|grave|dead|dying|the dead)\b",
        r"\b(?:easier|more easy|better|simpler) (?:if|when) i (?:am|was|were) not (?:living|alive|here|around)\b",  # noqa: E501
        r"\b(?:tired of|sick of|done with) (?:taking up space|wasting (?:space|oxygen|air)|breathing)\b",  # noqa: E501
        r"\b(?:dont|do not|no longer) (?:intend|plan|expect) to (?:still )?be (?:here|alive|around)\b",  # noqa: E501
        # Envy of the dead: the writer envies them, or says they have it easy.
        r"\b(?:i|me|my)\b[^.]{0,20}\b(?:envy|envious|jealous)\b[^.]{0,40}\b(?:the dead|dead people|dead|died|dying|passed|at peace|at rest|graves?|cemetery|graveyard|in the ground|funeral|coffin|obituaries)\b",  # noqa: E501
        r"\b(?:died|dies|passed away|dead|graves?|graveyard|cemetery|funeral|obituaries)\b[^.]{0,40}\b(?:i am|i feel|i felt|i get|i got|i was|feel|felt) (?:so |a bit |kind of |almost |just )?(?:jealous|envious)\b",  # noqa: E501
        r"\b(?:the dead|dead people|people (?:in the|in their) (?:cemetery|graveyard|graves|ground)|people who (?:have )?died)\b[^.]{0,30}\b(?:have it easy|have it good|are lucky|got lucky|got out|are free|are at peace)\b",  # noqa: E501
        r"\b(?:at peace|at rest|in heaven|out of it|free now)\b[^.]{0,30}\b(?:and|but|while|whereas) i am still (?:stuck |trapped )?(?:here|alive|stuck|trapped)\b",  # noqa: E501
        # A quiet goodbye: the writer says the farewell was one, or knows it is the last time.
        r"\bi (?:was|am|have been) (?:really |actually |quietly )?saying (?:goodbye|goodbyes)$|(?<=know )(?:that )?(?:its|it is|this is) the last time\b",  # noqa: E501
        r"\bi (?:wont|will not) be (?:coming back|needing (?:it|them|any of (?:it|them)))(?: ever| again| any more| after (?:this|today|tomorrow|that))?$",  # noqa: E501
        # Giving up on staying, and seeing no reason to carry on.
        r"\b(?:done|finished|tired of|sick of) (?:trying|fighting) to stay$|\bno (?:reason|point) (?:left )?to (?:carry on|go on|keep living|keep going|live|exist)\b",  # noqa: E501
        # The writer as a problem to be removed, or their absence as a gift.
        r"\b(?:best|kindest|only|greatest) (?:thing|gift|present) i (?:can|could) (?:give|do)\b[^.]{0,40}\b(?:my absence|to (?:go|leave for good|disappear|not be here|stop existing))\b",  # noqa: E501
        r"\b(?:fix|solve|end) (?:that|this|it|the problem|everything|things|it all) (?:permanently|for good|forever|once and for all)\b(?=[^.]*\b(?:i|me|my)\b)",  # noqa: E501
        r"\bhow easy (?:it would be|it d be|itd be|it is|it would) (?:to )?(?:just )?(?:step (?:forward|off|out)|jump|fall|let go|lean (?:over|forward)|not brake|swerve|go under|slip under)\b",  # noqa: E501
        # Fourth round (2026-11-23): not being here for something ahead, goodbyes that were
        # not said as such, arrangements for after, wanting to join the dead, strength gone.
        r"\b(?:wont|will not|not going to|am not going to) be (?:around|here|alive) (?:to see (?:her|him|them|my \w+|the (?:kids|children|baby|grandkids)) (?:grow|start|finish|graduate|get|turn|become|walk|married|born|through|open)|when (?:it|she|he|they|the \w+) (?:comes|come|grows|grow|starts|start|finishes|finish|runs out|run out|happens|arrives|gets|get)|by the time)\b",  # noqa: E501
        r"\bnot (?:planning|planning on|planning to|expecting|expecting to|going) (?:to be|on being|being) (?:around|here|alive)\b|\bnot (?:going to|gonna) be alive (?:by|for|at|in|next|much)\b",  # noqa: E501
        r"\b(?:dont|do not) (?:expect|plan|intend) to (?:see|make it to|reach|live to|live past|be here for) (?:\d+|next|christmas|my|the|another)\b",  # noqa: E501
        r"\b(?:didnt|did not|dont|do not|doesnt|does not|wont|will not|never) (?:know|knew|realise|realize|realised|realized) (?:it|that|this) was (?:a |my )?goodbye\b|\b(?:it|that|this) was (?:a |my )?goodbye$",  # noqa: E501
        r"\blast (?:memory|memories|picture|thing) (?:i want )?(?:for )?(?:her|him|them|they|she|he|you) (?:to have|have|will have|ll have|should have) of me\b",  # noqa: E501
        r"\b(?:will not|wont|ll not|will never|ll never|are never going to|is never going to) see me again\b",  # noqa: E501
        r"\bif anything (?:ever )?(?:happens|happened|were to happen|was to happen) to me\b|\b(?:it is|its) not (?:really |just )*in case\b|\bwhoever (?:reads|finds) this\b",  # noqa: E501
        r"\b(?:passed|died|dead|gone|grave|graves|cemetery|heaven|funeral|buried|crash)\b[^.]{0,60}\b(?:join|joining|follow|following|go to|be with|be where) (?:him|her|them|he is|she is|they are)\b",  # noqa: E501
        r"\b(?:join|joining|follow|following) (?:grandad|granddad|grandpa|grandma|nan|nana|nanna|gran|granny|mum|mom|mam|mama|amma|dad|papa|my (?:late )?(?:\w+ )?(?:wife|husband|son|daughter|mum|mom|mam|dad|brother|sister|baby|boy|girl|friend|grandad|nan|gran|twin))(?= (?:there|soon|in heaven|wherever|now|where (?:he|she|they) (?:is|are|went))\b|$)",  # noqa: E501
        r"\b(?:join|joining|follow|following) (?:him|her|them)(?= (?:there|soon|in heaven|wherever|where (?:he|she|they) (?:is|are|went))\b)",  # noqa: E501
        r"\b(?:want|wanted|wish|long|longing|need) to be where (?:she|he|they) (?:is|are) now\b|\b(?:want|wanted|wish) to be where (?:she|he|they) (?:is|are)$|\bwish i (?:had|d) died (?:with|too|instead)\b",  # noqa: E501
        r"\b(?:ready|want|wanting|hope|hoping|praying|pray) to (?:meet|see|go to) (?:my maker|god|jesus|the lord|heaven)\b|\btired of (?:staying|being left) behind\b",  # noqa: E501
        r"\bsee (?:him|her|them|you) soon (?:and )?i (?:meant|mean) it\b|\b(?:coming|going) to (?:meet|join) (?:her|him|them|you|mama|mum|mom|dad|grandad|nan)\b[^.]{0,20}\bsoon\b",  # noqa: E501
        r"\b(?:no|not|dont have the|do not have the|lost the|without the|can not find the|no more)\b(?: \w+){0,2} (?:strength|energy|will|reason|reasons) (?:left )?to (?:keep|go on|carry on|continue) (?:living|being alive|existing|with life|on living)\b",  # noqa: E501
        r"\b(?:pull|urge|urges|temptation|tempted|compulsion) (?:to|towards|of) (?:just )?(?:end|ending) (?:it|it all|things|everything|my life)\b(?! with)",  # noqa: E501
        r"\b(?:better|easier|kinder|best) for (?:her|him|them|everyone|everybody|my \w+|the \w+) if i (?:passed|passed on|went|was gone|were gone|died|wasnt here|was not here|disappeared|was dead)\b|\bif i (?:went|was gone|were gone|left) for good\b",  # noqa: E501
        r"\bwoke up (?:again|this morning|today)? ?(?:and )?(?:i am |i was |felt |feel |feeling )?(?:so )?(?:disappointed|gutted)\b",  # noqa: E501
        r"\b(?:bed|sleep|slept|asleep|lay down|lie down)\b[^.]{0,30}\b(?:hoping|hope|praying|wishing) (?:it|itd|itll|i) (?:would |will |d |ll )?(?:be |is )?(?:for good|forever|permanent|the last time)\b",  # noqa: E501
        r"\bcan not wait to die\b|\b(?:planning|plan|planned|planning out) my (?:exit|way out)\b(?! (?:from|of|strategy|interview|plan))|\btaking myself out (?:of (?:it|this|the picture|life|this world)|for good)\b",  # noqa: E501
        r"\b(?:die|dead|death|not exist|suicide|kill myself)\b[^.]{0,60}\b(?:not joking|i am serious|serious tho|serious though|for real|no really|not bantz|not banter|not a joke|and meant it|and i meant it|i mean it)\b",  # noqa: E501
        r"\b(?:place|spot|somewhere|where) (?:where )?(?:i will|ill|i am going to|i can|i could|i want to|to) go (?:and |to )?die\b",  # noqa: E501
        r"\b(?:my|i have one|its my|it is my) (?:last|final) (?:day|days|week|weeks|night|month|summer|christmas|birthday) (?:alive|on earth|here)\b",  # noqa: E501
        r"\bend (?:it|it all|things|everything|my life) (?:tonight|tomorrow|this weekend|soon|after (?:christmas|my|the|her|his|their))\b",  # noqa: E501
        r"\bnot (?:planning|planning on|intending|meaning) (?:to )?(?:come|coming) back(?: from (?:it|that|this|there))?$|\b(?:wont|will not|not going to) be (?:around|here|alive) for (?:any of it|any of this|any of that)\b",  # noqa: E501
        r"\b(?:this|the) (?:whole )?being alive thing\b|\b(?:use|uses|pick|picks|choose|chooses) (?:this|that|this one|that one|it) (?:photo |picture )?(?:at|for) (?:the|my) (?:service|funeral|memorial|wake)\b",  # noqa: E501
        # Fifth round (sealed8 and sealed9 read after their second score).
        r"\bin case i am not (?:here|around|alive) (?:for|to see|by|at|when)\b|\bin case (?:it is|its|this is|that is) the last (?:time|conversation|chance)\b",  # noqa: E501
        r"\b(?:envy|envious|jealous) of (?:people|those|everyone|anyone|the ones|whoever|them) (?:who|that) (?:died|are dead|passed|get to die|got to die|did it)\b",  # noqa: E501
        r"\b(?:need|needing) (?:it|them|this|that|any of (?:it|this|that)) where i am going\b",
        r"\bhope (?:the|a|that) (?:bus|car|train|lorry|truck|van) (?:doesnt|does not|wont|will not|dont|do not) (?:stop|brake|see me)\b",  # noqa: E501
        r"\b(?:think|thought|reckon) (?:is|was|will be) my last (?:real )?(?:conversation|talk|chat|visit|birthday|christmas)\b",  # noqa: E501
        r"\btired of being (?:a person|a human|human|alive|a living thing)\b|\brun my course\b",
        r"\b(?:would not|wouldnt|d not|id not|would never|wouldnt really) mind if (?:it|my life|everything|i) (?:all )?(?:ended|stopped|died|did not wake|didnt wake)\b",  # noqa: E501
        r"\b(?:tidy|sorted|ready|in order|organised|organized|arranged|done) for (?:when|after) i (?:go|am gone|leave|die|pass)\b(?! (?:on|to|away|back|abroad|out|in|into|home|travelling|off))",  # noqa: E501
        r"\b(?:wont|will not|not going to|wont even|will not even) be alive (?:for|to|by|when|at|in|next)\b|\b(?:i will|ill|i am going to|i will already|ill already) be (?:dead|gone) (?:by then|by the time|by (?:the|next|christmas|spring|summer|autumn|winter|then))\b",  # noqa: E501
        r"\b(?:wont|will not|am not going to|not going to) (?:see|last|make it to|make it through|survive|reach) (?:the|this|next|another) (?:winter|summer|spring|autumn|month|week|year|christmas)\b",  # noqa: E501
        r"\b(?:after|once|when) i (?:am|m) dead\b|\bfor after i (?:die|am gone)\b|\bto remember me by\b|\bcan not (?:picture|imagine|see) myself (?:past|beyond|after|alive)\b",  # noqa: E501
        r"\bwish (?:i|it) (?:was|were) (?:me )?(?:the one )?in (?:the|that|a) (?:coffin|casket|grave|ground|hearse)\b|\bjealous (?:that )?it (?:wasnt|was not) me\b",  # noqa: E501
        r"\b(?:dont|do not) (?:plan|intend|expect) (?:on being|to be|to reach|to make it to|to see) (?:alive|it|here|around|them)\b",  # noqa: E501
        r"\b(?:out of|escape|escaping) (?:living|being alive|this life|life for good|existing)\b|\b(?:leave|leaving) (?:this life|this world|life for good)\b|\blast supper\b|\b(?:it was|was) (?:a|my) farewell\b|\bgoodbye without saying it\b",  # noqa: E501
        r"\b(?:giving|gave|give|given) away\b[^.]{0,60}\bbefore (?:the end|i go|i die|i am gone)\b|\b(?:wont|will not|never) get (?:the|another) chance to (?:say|tell) (?:it|them|goodbye)\b",  # noqa: E501
        r"\bhope (?:a|the) (?:bus|car|train|lorry|truck) (?:just )?(?:hits|runs over|kills) me\b|\b(?:i am|im) (?:done|gone|finished|out) for good\b(?! with)",  # noqa: E501
        # Sixth round (sealed10 read after its second score).
        r"\bwhoever finds (?:me|my body)\b|\b(?:neat|tidy|sorted|in order|done|ready)\b[^.]{0,20}\bbefore i (?:do it|go through with it)\b",  # noqa: E501
        r"\b(?:time|ready|going) to stop being (?:a burden|one)\b(?! of)|\bnot (?:planning|planning on|going|intending) (?:to )?stick(?:ing)? around\b",  # noqa: E501
        r"\b(?:this is|this will be|probably) (?:probably |one of )*(?:my |the )?(?:last|final) (?:ones?|entry|entries|page)\b(?! (?:in|of) (?:this|the|my) (?:notebook|book|journal|diary|pad))",  # noqa: E501
        # Seventh round (sealed12 read after its first score).
        r"\b(?:wouldnt|would not|dont|do not) (?:really |even |actually )?mind (?:not existing|not being (?:here|alive|around)|not waking up|never waking up|if i (?:died|did not wake up|didnt wake up|never woke up|was gone|were gone|stopped existing)|being dead|disappearing for good|dying(?! (?:my|her|his|their|the|it|them|a|some|your)\b))\b",  # noqa: E501
        r"^(?:but |and |honestly |really |i think |i know |truth is )?(?:i am not|i do not feel|i am not feeling) safe(?: (?:any more|at all|tonight|right now|now|today))?$",  # noqa: E501
        r"\bnot safe (?:with|from|around) myself\b|\b(?:the )?plan is (?:for me )?not to be (?:here|around|alive)\b",  # noqa: E501
        r"\b(?:want|wanted|need|needs) to (?:just )?stop being(?: here| alive| me| a person| at all| anything)?$",  # noqa: E501
        r"^(?=.*\b(?:kill|die|dying|end it|end my life)\b).*?\b(?:want|wish|need|hope|pray|praying|wishing) (?:someone|somebody|something) (?:else )?(?:to|would|could|will) do it for me\b",  # noqa: E501
        r"\b(?:d|would|id|i would) be (?:glad|happy|relieved|grateful|fine|okay|ok|thankful) if i (?:did not|didnt|never|dont|do not) (?:wake up|woke up|wake|make it)\b(?!(?: up)? (?:until|till|til|before|early|on time))",  # noqa: E501
        # Filipino (Tagalog) in Taglish entries: "I don't want to live any more", "I wish I
        # hadn't woken up", "I want to die", "I'll kill myself".
        r"\bayoko na (?:talaga |nang |ng )?(?:mabuhay|mag ?live)\b|\bsana (?:hindi|di) na (?:lang )?ako (?:nagising|magising|gumising)\b|\bgusto ko na (?:lang )?(?:mamatay|mawala)\b|\bmagpapakamatay\b|\bpakamatay na\b",  # noqa: E501
    ),
    "plan_or_means": (
        # Quiet arrangements (2026-11-24): pills filled at two chemists, blades and pills
        # laid out together, subscriptions "not needed after Friday", debts paid so no
        # one is owed by "a dead man".
        rf"{_OWN}\b(?:prescriptions?|scripts?|pills|tablets|meds|paracetamol|painkillers)\b[^.]{{0,30}}\b(?:at|from) (?:two|three|four|different|several|separate) (?:chemists|pharmacies|pharmacys|drugstores|chemist shops)\b",  # noqa: E501
        r"\b(?:razor blades|blades|razors|pills|tablets|rope|knife|vodka) and (?:the |my |all the |all my )?(?:pills|tablets|blades|razor blades|razors|rope|vodka|whisky|alcohol)\b[^.]{0,25}\btogether\b",  # noqa: E501
        r"\b(?:wont|will not|shant) (?:be needing|need) (?:them|it|any of (?:them|it|this)|these|those)(?: anymore| any more)? (?:after|from|past|beyond) (?:tonight|tomorrow|today|this week|this weekend|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?![^.]{0,40}\b(?:moving|move|new job|abroad|travelling|traveling|holiday|because|cause|cos|since|as i)\b)",  # noqa: E501
        # (begins after "owed": "not owed anything by a dead man" is no denial)
        r"(?<=\bowed )(?:\w+ ){0,3}?by a dead (?:man|woman|person|girl|guy|lad)\b",
        # Means in use now, told flatly: on the tracks, a gun on the lap or to the head,
        # bleach drunk, the gas on and not lit, fumes in a shut garage, a ligature tied.
        r"\b(?:standing|sitting|lying|stood|sat|waiting|laying) on the (?:train |railway )?(?:tracks|track|railway line|rail line)\b(?! for (?:a|the) (?:photo|picture|shoot))",  # noqa: E501
        rf"\b(?:rifle|gun|pistol|shotgun|revolver)s?(?: is| s)? (?:on my lap|in my lap|in my hand|loaded)\b{_OVER2}\b(?:i am ready|im ready|ready now|working up to it|its time|{_GOODBYE})\b",  # noqa: E501
        r"(?<!with a )(?<!with the )\b(?:gun|pistol|barrel|rifle|shotgun|revolver)(?: is| s)? (?:in my mouth|against my head|to my head|under my chin|to my temple)\b",  # noqa: E501
        r"(?:^|\bi (?:just |have |ve )?|\bjust )(?:drank|drunk|swallowed|downed) (?:the |some |a (?:bottle|cup|glass|mug) of |half the |all the |a load of )?(?:bleach|drain cleaner|antifreeze|weed killer|weedkiller|pesticide|rat poison|paraquat|dettol|oven cleaner)\b",  # noqa: E501
        r"\b(?:turned|left|put) (?:all )?(?:the )?gas on\b[^.]{0,20}\b(?:didnt|did not|without|not) light(?:ed|ing)?\b",  # noqa: E501
        rf"\bfumes\b{_OVER2}\bgarage (?:door |doors )?(?:is |s )?(?:all )?(?:shut|closed)(?: up)?\b|\bgarage (?:door |doors )?(?:is |s )?(?:all )?(?:shut|closed)(?: up)?\b{_OVER2}\bfumes\b",  # noqa: E501
        r"\b(?:round|around) my neck\b[^.]{0,20}\b(?:tied|tight|fixed|attached|hooked) (?:to|on|onto) (?:the )?(?:wardrobe|door|rail|beam|banister|bannister|hook|railing|tree|loft|bunk)\b",  # noqa: E501
        rf"\b(?:lagoon|river|bridge|sea|water|lake|dam)(?: side)?\b{_OVER}\bi wan jump\b",
        # Told in fragments, each harmless alone: "took nans heart tablets. all of them",
        # "in the car with the hose. radio on low", "the freeway is right below me.
        # waiting for a truck", "sober 3 years and i just used everything i had. all at once".
        rf"\b(?:took|taken|swallowed|downed)\b(?: \w+){{0,3}} (?:{_PILLS}|medicine|pill organiser)\b[^.]{{0,15}}(?: \. )?(?:all of (?:them|it)|the (?:whole|entire) (?:packet|box|bottle|lot|month|months|strip|pack|supply)|every (?:last )?(?:one|pill|tablet))\b(?! (?:is |are )?(?:gone|used|finished|done|left))",  # noqa: E501
        r"\bi don (?:swallow|take|tek|drink) all (?:di|the|my|dem|dis) (?:medicine|medicines|pills|tablets|drugs|drug)\b",  # noqa: E501
        rf"\bemptied\b[^.]{{0,40}}\b(?:pill|pills|bottle|packet|{_PILLS})\b[^.]{{0,20}}\b(?:into me|into myself|down my throat|into my mouth)\b",  # noqa: E501
        r"^(?=.*\b(?:clean|sober|sponsor|relapsed|relapse|recovery)\b).*?\b(?:used|took|did|shot up|snorted)\b (?:everything i had|all i had|the whole (?:bag|lot|stash|gram|bottle|batch)|all of it)\b[^.]{0,20}(?: \. )?[^.]{0,10}\b(?:all at once|in one go|at once|in one hit)\b",  # noqa: E501
        rf"\b(?:hose|hosepipe|taped up|taped the|tape over|sealed the)\b{_OVER}\b(?:engine|engines|motor|car)(?: is| s)? (?:going|running|on)\b|\b(?:engine|engines|motor)(?: is| s)? (?:going|running|on)\b{_OVER}\b(?:hose|hosepipe|taped up|taped the)\b",  # noqa: E501
        r"\bin the car with (?:a|the) (?:hose|hosepipe|pipe|tube)\b",
        rf"\bin the garage\b{_OVER}\b(?:engine|engines|motor)(?: is| s)? (?:going|running|on)\b{_OVER}\b(?:sleepy|drowsy|{_GOODBYE})\b",  # noqa: E501
        r"\bnot (?:swimming|swim|going to swim) back\b",
        r"\bwalk(?:ing)? out (?:till|until|til|to where) (?:i|mi) (?:cant|cyaan|can not|cannot) touch (?:the )?bottom\b",  # noqa: E501
        rf"\b(?:waist|chest|neck|shoulder) deep in (?:the )?(?:river|sea|loch|lake|canal|water|ocean)\b{_OVER2}\b(?:going further|keep going|keep walking|let it take me|not coming back|{_GOODBYE})\b",  # noqa: E501
        r"\btides? (?:is |s )?coming in\b[^.]{0,30}\b(?:staying put|not moving|staying here|not getting up|letting it)\b",  # noqa: E501
        rf"\b(?:on|up on|over|sitting on|stood on|standing on) the (?:bridge |balcony |roof )?(?:railing|railings|parapet|ledge)\b{_OVER2}\b{_GOODBYE}\b",  # noqa: E501
        rf"\b(?:below|under|underneath|beneath) me\b{_OVER}\bwaiting for (?:a|the|the next|a big) (?:truck|lorry|train)\b",  # noqa: E501
        rf"\b{_PILLS} (?:(?:are|is|s) )?(?:kicking in|taking hold)\b{_OVER2}\b(?:blurry|going dark|cant feel|can not feel|{_GOODBYE})\b",  # noqa: E501
        # Under way now: a car running in a shut garage; at a height with a goodbye.
        r"\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b[^.]{0,40}\bgarage\b[^.]{0,30}\b(?:shut|closed)\b|\bgarage (?:door )?(?:is |s )?(?:shut|closed)\b[^.]{0,40}\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b|\b(?:car|cars|engine)(?: is| s)? (?:running|on)\b[^.]{0,30}\bgarage (?:door )?(?:is |s )?(?:shut|closed)\b",  # noqa: E501
        rf"\b(?:i am|im|i m|i dey|mi deh) (?:at|on|for) (?:the )?(?:cliffs?|cliff edge|bridge|harbour wall|pier|edge|roof|rooftop|ledge|tracks|railway|viaduct|quarry)\b[^.]{{0,60}}\b{_GOODBYE}\b",  # noqa: E501
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
        rf"\b(?:saved|saving|kept back|keeping back|held back|holding back|stockpiled|stockpiling|hoarding|hoarded|stashed|stashing|hiding|hid|counted|counting) (?:up )?(?:all )?(?:a lot of |enough |my |the |some |a bunch of |loads of |\w+ ){{0,3}}{_PILLS}\b(?! for (?:my|a|the|her|his|our) (?:headache|migraine|cold|flu|period|cramps|back|toothache|tooth|head|fever|hangover|sore|allergies|hay fever|knee|cough))(?![^.]*\b(?:for the (?:week|fortnight|month|holiday|trip)|into (?:her|his|their|mums|dads|nans|grans|the) (?:\w+ )?(?:box|organiser|organizer|tray|case)|pill (?:box|organiser|organizer)|blister packs?|carer|pharmacist)\b)",  # noqa: E501
        # Buying or keeping medicine is everyday ("got my meds"): only an amount makes it a
        # gathering of means.
        rf"\b(?:bought|buying|got|getting|kept|keeping|stocked|stocking|collected|collecting) (?:up )?(?:on )?(?:all |enough |a lot of |loads of |lots of |heaps of |a bunch of |a load of |so many |a stash of |a pile of |boxes of |packs of |packets of |bottles of |every ){{1,2}}(?:\w+ ){{0,2}}{_PILLS}\b(?! for (?:my|a|the|her|his|our) (?:headache|migraine|cold|flu|period|cramps|back|toothache|tooth|head|fever|hangover|sore|allergies|hay fever|knee|cough))(?![^.]*\b(?:for the (?:week|fortnight|month|holiday|trip)|into (?:her|his|their|mums|dads|nans|grans|the) (?:\w+ )?(?:box|organiser|organizer|tray|case)|pill (?:box|organiser|organizer)|blister packs?|carer|pharmacist)\b)",  # noqa: E501
        rf"\b(?:bought|buying|got|getting|kept|keeping|stocked|stocking|collected|collecting) (?:up )?(?:on )?(?:\w+ ){{0,3}}{_PILLS}\b(?=.{{0,80}}\b(?:back|lined up|laid out|instead of|stockpile|a supply|what (?:they are|theyre|its|it is|they were) for|(?:isnt|is not|not|arent|are not) for (?:a |my )?(?:headache|pain|me to take|taking)|for (?:a month|months|weeks|ages)|for (?:the end|when i)|different (?:shops|chemists|pharmacies|stores|places|doctors)|(?:each|every) (?:shop|chemist|pharmacy|prescription|time)|(?:so|wouldnt|would not|wont|will not|didnt|did not|nobody|no one|noone) (?:\w+ ){{0,4}}(?:ask|asks|asked|notice|notices|noticed|questions|say anything)|waiting$)\b)",  # noqa: E501
        rf"\b(?:collected|collecting|kept|keeping|got|taken|took) (?:\w+ ){{0,2}}(?:old|leftover|left over|unused|unfinished|expired) (?:\w+ )?{_PILLS}\b",  # noqa: E501
        rf"\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed) (?:all|every one|the whole|a whole|the rest|a bottle|a bunch|a handful|a load|too many) (?:of )?(?:my |the |those |these )?(?:{_PILLS}|bottle|packet|box|them|of them)\b",  # noqa: E501
        r"\b(?:overdose|overdosing|overdosed|od on|od ing)\b",
        rf"\b{_PILLS} (?:saved|stashed|hidden|stockpiled|put aside|put away)\b",
        r"\btake them all (?:at once|together|tonight|in one go)\b",
        r"\b(?:picked|chosen|chose|set) (?:a|the) date$",
        r"\bhow (?:i|id) (?:would |will |am going to |d |id |could )?do it\b",
        r"\bknow where\b[^.]{0,30}\b(?:gun|guns|pistol|rifle|pills|rope)\b",
        r"\b(?:bought|got|hid|hidden|hiding|have) (?:a |the |some )?(?:rope|noose)\b(?![^.]{0,30}\bfor (?:the |a |my |our )?(?:washing|clothes|garden|boat|tent|swing|climbing|dog|camping|hammock|allotment|tomato|tomatoes|plants|beans|fence|trailer|roof rack|boxes|move))",  # noqa: E501
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
        r"\b(?:tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) is the (?:night|day|one)\b",  # noqa: E501
        r"\b(?:giving|gave|give) away (?:all )?my (?:things|stuff|belongings|cat|dog|pets)\b|\b(?:giving|gave|give|given) (?:all )?my (?:things|stuff|belongings|possessions) away\b(?! to charity)",  # noqa: E501
        r"\bgo through with it\b",
        r"\b(?:engine|motor) running\b[^.]{0,40}\b(?:garage|closed|shut|inside)\b|\b(?:garage|shut in the car)\b[^.]{0,40}\bengine running\b",  # noqa: E501
        r"\b(?:looked|looking|stared|staring|watched|watching) (?:at|down at) (?:the )?(?:train line|railway|tracks|trains|the drop|the water|the river)\b[^.]{0,40}\b(?:long time|hours|ages|counted|counting|again)\b",  # noqa: E501
        r"\b(?:note|letter|letters|notes)\b[^.]{0,30}\bfor (?:\w+ )?to find\b",
        rf"\b(?:putting|put|setting|set|keeping|kept|hiding|saving) (?:my |the |all my |some of my )?{_PILLS} (?:aside|away|by|back)\b",  # noqa: E501
        rf"\b(?:all )?my {_PILLS}\b[^.]{{0,20}}\bready\b",
        r"\bwhich (?:overpass|flyover|viaduct|quarry|bridge|building|cliff|roof|train|station|car park|multistorey|tower|balcony)\b",  # noqa: E501
        r"\bhow (?:high|tall|far down|far|deep) (?:up )?(?:the |that |a |this )?(?:bridge|building|roof|car park|multistorey|multi storey|cliff|drop|balcony|window|tower|river|water)\b",  # noqa: E501
        r"\bdo it\b[^.]{0,30}\b(?:when|while) (?:the house is empty|everyone|nobody|no one|they are (?:away|out|asleep|gone)|i am alone|i am on my own)",  # noqa: E501
        r"\b(?:rope|noose|belt|cord|gun|pills|tablets|bridge|tracks|blade|razor)\b[^.]{0,40}\b(?:keep thinking about it|thinking about it|can not stop thinking about it|keep looking at it)\b",  # noqa: E501
        r"\b(?:everything|all) i need to (?:do it|end it|go through with it)\b",
        rf"\b(?:counted|counting|count|lined up|laid out|set out) (?:out )?(?:all )?(?:the |my )?(?:{_PILLS})\b",  # noqa: E501
        r"\b(?:carbon monoxide|exhaust pipe|hosepipe in the car)\b",
        r"\b(?:slit|slitting|cut|cutting) my (?:wrists|wrist|throat)\b",
        r"\b(?:drown|drowning) myself\b",
        r"\b(?:decided|chosen|chose|picked|settled on|set)\b[^.]{0,15}\b(?:it will be|itll be|it is going to be|it is|its|going to be) (?:the \d+(?:st|nd|rd|th)?|tonight|tomorrow|(?:this|next) (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?![^.]*\b(?:wedding|party|move|moving|holiday|trip|meeting|dinner|birthday|interview|appointment|match|game)\b)",  # noqa: E501
        r"\b(?:revolver|pistol|rifle|shotgun|gun|firearm)\b[^.]{0,50}\b(?:loaded it|load it|loading it)\b|\b(?:loaded|load|loading) (?:the |my |a |dads |his )?(?:revolver|pistol|rifle|shotgun|gun)\b(?! (?:into|in) (?:the|his|my) (?:car|truck|van))",  # noqa: E501
        r"\bswallow(?:ing|ed)? (?:everything|all of (?:them|it)|the lot|the whole (?:bottle|packet|box|lot))\b",  # noqa: E501
        rf"\b{_PILLS}\b[^.]{{0,50}}\b(?:its|it is|thats|that is|theyre|they are|will be|would be) enough\b",  # noqa: E501
        r"\bhow (?:long|much|many)\b[^.]{0,30}\b(?:bleed out|to die|to drown|to overdose|it would take to|would kill|to be fatal|be fatal|be lethal)\b",  # noqa: E501
        r"\b(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|pills|rope)\b[^.]{0,40}\bknow where\b",  # noqa: E501
        r"\b(?:letters?|notes?|messages?|videos?|playlists?|songs|photos|slideshow|recordings?)\b[^.]{0,50}\bfor (?:after|when i am gone|afterwards)\b(?! (?:the|my|our|this|that|his|her|their|a|an|dinner|lunch|breakfast|tea|work|school|class|uni|church|training|practice|christmas|exams?|\w+day)\b)",  # noqa: E501
        r"\btied (?:a )?(?:knot|noose|loop)\b[^.]{0,30}\b(?:cord|belt|rope|scarf|cable|tie|sheet)\b",  # noqa: E501
        r"\b(?:painless|quick|quickest|easiest|easy|peaceful) (?:ways?|methods?) (?:to|of) (?:go|die|dying|end it|do it|kill)\b",  # noqa: E501
        r"\b(?:putting|put|getting|got|sorting) (?:my )?affairs in order\b|\btidying up before (?:leaving|i go|going)\b",  # noqa: E501
        rf"\b(?:{_PILLS}|insulin|rope|gun|bridge|train)\b[^.]{{0,20}}\b(?:could|would|will) do it\b",  # noqa: E501
        r"\b(?:hose|hosepipe|tube|pipe)\b[^.]{0,30}\bexhaust\b",
        r"\b(?:top|roof|edge) (?:floor )?of (?:the |a )?(?:multi storey|multistorey|car park|building|tower|bridge|cliff)\b[^.]{0,40}\b(?:looked down|look down|looking down|long time|jump|edge)\b",  # noqa: E501
        r"\b(?:bridge|building|roof|cliff|car park|balcony|tower|window|multi storey|multistorey)\b[^.]{0,60}\b(?:the height|the drop|how high|how far down)\b|\b(?:working out|worked out|checking|checked|measuring|measured|looking up|looked up) (?:the )?(?:height|drop) of (?:the |a |that )?(?:bridge|building|roof|cliff|car park|balcony|tower)\b",  # noqa: E501
        r"\bis (?:when|the day|the night) (?:i|ill|i will|i am going to) (?:do it|go|end it|end things)\b",  # noqa: E501
        r"\b(?:gave|giving|give|given) away\b[^.]{0,50}\b(?:wont|will not) (?:be )?need(?:ing)?\b",
        r"\b(?:letter|note|message)\b[^.]{0,40}\b(?:explaining why|saying sorry|to say sorry|saying goodbye|to say goodbye|so they know why|why i (?:had to|did it|did this|couldnt stay))\b",  # noqa: E501
        r"\b(?:bridges?|roofs?|cliffs?|car parks?|buildings?|balcony|balconies|platforms?)\b[^.]{0,30}\b(?:no|without|low) (?:fences?|barriers?|railings?|nets?)\b",  # noqa: E501
        r"\b(?:packs?|packets?|boxes|bottles)\b[^.]{0,60}\b(?:another|a second|a different|a third) (?:chemist|pharmacy|shop|supermarket|store)\b|\b(?:another|a second|a different|a third) (?:chemist|pharmacy|shop|supermarket|store)\b[^.]{0,40}\b(?:packs?|packets?|boxes|bottles)\b",  # noqa: E501
        r"\b(?:leaned|leaning|lent|hung|hanging|looked|looking|stared|staring) (?:over|down from|off) (?:the )?(?:wall|edge|railing|railings|barrier|parapet|side|balcony)\b[^.]{0,30}\b(?:for ages|for a long time|for hours|for an hour|again|thinking)\b",  # noqa: E501
        r"\b(?:everything|my things|my stuff|all my)\b[^.]{0,40}\b(?:who (?:it|they|each) should go to|who gets (?:what|it|them))\b",  # noqa: E501
        r"\b(?:the |a )?date is (?:set|picked|chosen|fixed)\b(?! for (?:the|our|my|his|her|a) )",
        rf"\b{_PILLS}\b[^.]{{0,60}}\bhow many (?:it takes|it would take|would do it|i would need|id need|to take)\b",  # noqa: E501
        # Means gathered across several shops, or "enough now".
        rf"\b(?:two|three|four|five|several|different|multiple|a few) (?:different )?(?:pharmacies|chemists|shops|supermarkets)\b[^.]{{0,60}}\b(?:{_PILLS}|packs?|packets?|boxes|each (?:one|time)|for a headache)\b",  # noqa: E501
        rf"\b{_PILLS}\b[^.]{{0,60}}\b(?:i have|i have got|i got|i now have) enough\b",
        # Fourth round: waiting for a life insurance policy, and a place checked.
        r"\blife insurance\b[^.]{0,60}\b(?:pays? out|paid out|two years?|2 years?|mark|suicide clause|kicks in|then)\b",  # noqa: E501
        r"^(?:and )?(?:thats|that is) (?:where|the place|the spot)$",
        r"\b(?:need|needed|got|have|bought|picked up|collected)\b[^.]{0,30}\bto end (?:it|things|my life|everything)\b(?! with)",  # noqa: E501
        r"\b(?:forum|forums|site|sites|website|thread|threads|page)\b[^.]{0,30}\bmethods\b|\bmethods?\b[^.]{0,30}\b(?:picked one|chosen one|chose one|picked mine|decided on one|settled on one)\b",  # noqa: E501
        r"^(?:and )?(?:thats|that is) (?:when|the day|the night)$",
        r"\b(?:reliable|surest|quickest|easiest|painless|best|most reliable) way to go\b|\bnot for protection\b[^.]{0,30}\bfor me\b|\b(?:use|using|used) (?:it|them|the \w+) to end (?:it|things|my life|everything)\b",  # noqa: E501
        # Seventh round: means gathered across shops, told the other way round.
        rf"{_OWN}\b{_PILLS}\b[^.]{{0,40}}\bfrom (?:two|three|four|five|several|different|multiple|a few|various|separate) (?:different )?(?:pharmacies|chemists|shops|supermarkets|doctors|gps)\b(?![^.]{{0,40}}\b(?:out of stock|sold out|ran out|run out|cheaper|in stock|shortage)\b)",  # noqa: E501
        # Seventh round: a day named, and nothing else said ("Friday is the day.").
        r"^(?:and )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today) is (?:the|my) (?:day|night)$",  # noqa: E501
    ),
    "self_harm": (
        rf"\b(?:slammed|smashed|punched|bashed)\b (?:my )?(?:{_BODY}|fist)\b[^.]{{0,30}}\b(?:again and again|over and over|on purpose)\b",  # noqa: E501
        r"\b(?:smashing|smashed|bashing|bashed|slamming|slammed) my head (?:on|against|into) (?:the )?(?:tiles|floor|mirror|door|sink|radiator)\b",  # noqa: E501
        # Burns and scalds done on purpose: "poured the kettle over my arm on purpose".
        rf"\b(?:burnt|burned|burning|scalded|scalding)\b (?:my )?{_BODY}\b[^.]{{0,30}}\b(?:on purpose|over and over|again and again|deliberately)\b",  # noqa: E501
        rf"\b(?:poured|tipped)\b[^.]{{0,30}}\b(?:over|on|onto) my {_BODY}\b[^.]{{0,20}}\b(?:on purpose|deliberately)\b",  # noqa: E501
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
        r"\b(?:urge|urges|craving|cravings|itch|need) to (?:cut|burn|hurt|harm|punish|bleed|scratch)\b",  # noqa: E501
        r"\b(?:started|start|starting|back to|went back to|go back to) (?:cutting|burning myself|hurting myself)\b",  # noqa: E501
        r"\bmake myself bleed\b",
        r"\b(?:banged|bang|banging|hit|hitting|smashed|smashing|slammed|slamming|punched|punching|smacked|smacking|bashed|bashing) my (?:head|fists?|hands?|arms?|legs?|face) (?:against|on|into|with)\b[^.]{0,40}\b(?:over and over|again and again|until|till|til|on purpose|deliberately|repeatedly|to feel|to punish|as hard as)\b",  # noqa: E501
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
        r"\b(?:the |my )?(?:cuts|burns|scratches|wounds) (?:are|were|is|was|got|getting) (?:deeper|worse|bigger|more)\b",  # noqa: E501
        r"\b(?:bit|bite|biting|bitten) (?:my|myself on the) (?:own )?(?:arm|arms|hand|hands|wrist|fingers?|leg)\b[^.]{0,30}\b(?:so hard|until|till|bled|bleed|bruise|marks|blood)\b",  # noqa: E501
        r"\b(?:cuts|scratches|marks|bruises|burns|scars|wounds)\b[^.]{0,20}\b(?:i made|i gave myself|i did myself|i caused)\b|\bmade (?:the |these |those )?(?:cuts|scratches|marks|bruises|burns) (?:myself|on myself)\b",  # noqa: E501
        r"\b(?:poured|pour|pouring|held) (?:boiling|hot|scalding) (?:water|oil|tea|coffee) (?:on|over|onto) my (?:own )?(?:hand|hands|arm|arms|leg|legs|skin|wrist|foot|feet)\b",  # noqa: E501
        r"\b(?:pushed|stuck|jabbed|dug|pressed|stabbed) (?:a |the )?(?:needle|pin|pen|knife|blade|scissors|compass|nail|nails) (?:into|in) my (?:own )?(?:arm|arms|thigh|thighs|leg|legs|skin|hand|stomach|wrist)\b",  # noqa: E501
        r"\b(?:cover|covers|covering|covered|hide|hides|hiding|hid) (?:up )?(?:the|my) (?:cuts|scars|marks|lines|burns|scratches|bruises)\b(?! (?:from (?:the|my) (?:fall|accident|surgery|operation)))",  # noqa: E501
        r"\bso (?:no one|nobody|noone|no body) (?:can |would |will |could )?(?:sees?|notices?|spots?) (?:the \w+ on )?my (?:arms|wrists|thighs|cuts|scars)\b",  # noqa: E501
        # Hitting or scratching oneself: "my own face", and covering marks so others do not see.
        r"\b(?:slapped|slapping|slap|hit|hitting|punched|punching|smacked|smacking|scratched|scratching|pinched|pinching|bit|biting|clawed|clawing) (?:at )?my own (?:face|head|arms?|legs?|thighs?|skin|hands?|stomach|chest|cheeks?|wrists?)\b",  # noqa: E501
        r"\bso (?:\w+ ){1,2}(?:wouldnt|would not|doesnt|does not|didnt|did not|cant|can not|wont|will not|would|could|can|will|dont|do not)? ?(?:see|sees|notice|notices|spot|spots|ask about) (?:the|my) (?:cuts|scars|marks|burns|arms|wrists|thighs)\b(?! (?:from|after) (?:the|my) (?:fall|accident|surgery|operation))",  # noqa: E501
        # Fourth round: cuts hidden or healing, cutting "after", picturing it.
        r"\b(?:so )?(?:the |my )?(?:cuts|scars|marks|burns) (?:wont|will not|dont|do not|can not|cant) (?:show|be seen)\b",  # noqa: E501
        r"\b(?:the |my )?(?:new|fresh|last nights|todays|yesterdays|recent) (?:cuts|burns)\b(?= (?:are|were|is|still|healing|sting|stinging|hurt|under|on my))|\bbecause of (?:the |my )?(?:last nights|new|fresh|todays) (?:cuts|burns)\b",  # noqa: E501
        r"^(?:i )?(?:cut|self harmed|self harm)(?: again)? (?:after|afterwards|after that|after it)$",  # noqa: E501
        r"\b(?:picturing|imagining|craving|crave|itching to|urge to|urges to)\b (?:cutting|burning myself|hurting myself|the blade|a blade|cut myself|cut again)\b",  # noqa: E501
        r"\b(?:scars|cuts|marks|burns)\b[^.]{0,30}\b(?:fresh|new|open|bleeding) again\b|\b(?:marks|scars|cuts|burns)\b[^.]{0,60}\b(?:make|making|add|adding) (?:new|more|fresh) (?:ones|cuts|marks|scars|lines)\b",  # noqa: E501
        r"^(?:more |fresh |new )(?:cuts|burns|marks)$",
        r"\b(?:made myself sick|starved myself|starve myself|skipped (?:meals|eating|food|dinner)|hit myself|hurt myself|scratched myself|burned myself|burnt myself)\b[^.]{0,40}\b(?:as (?:a )?punishment|to punish myself|because i deserve)\b",  # noqa: E501
        r"\bdid the (?:bruises|cuts|marks|scratches|burns) (?:myself|to myself)\b|\b(?:was not|wasnt|isnt|is not) the cat\b|\bthe cat (?:did not|didnt|never) scratch me\b|\bcat scratch(?:ing|es)? (?:excuse|story|lie)\b",  # noqa: E501
        r"\b(?:banging|banged|hitting|hit|smashing|smashed) my head (?:against|on|into) (?:the )?(?:wall|door|floor)\b[^.]{0,30}\b(?:to make it stop|until|till|so hard|bled|bleed|bruise)\b",  # noqa: E501
    ),
    "danger_now": (
        # 2026-11-24: "screaming that I'm next" with something smashed; petrol poured
        # indoors; a child driven off drunk or kept ("you'll never get her back"); a
        # spiked friend being taken to a car.
        r"\b(?:screaming|screamed|screams|shouting|shouted|yelling|yelled|threatening|threatened|threatens)\b[^.]{0,20}\b(?:that )?(?:im|i am|i will be|ill be|youre|you are|were|we are|the kids are|my kids are|my son is|my daughter is) next\b|\bor (?:im|i am|youre|you are|were|we are) next\b|\b(?:anyone|anybody|whoever|any of us|the next one) (?:who |that )?(?:leaves|runs|talks|tells|complains|goes to the police|tries to leave) (?:is|will be|s) next\b",  # noqa: E501
        rf"\b(?:pinned|pinning|beat up|choking|strangling|knife|(?:hurting|hitting|beating|punching|kicking|dragged|dragging|jumped) (?:her|him|them|me|mum|mom|my)|throwing (?:\w+ ){{1,2}}(?:about|around)|smashing (?:things|plates|everything|up|the (?:house|place|windows?|doors?|telly|tv)))\b{_OVER2}\b(?:said|says|saying|told me|looked at me and said)\b[^.]{{0,12}}\b(?:youre|you are|im|i am|were|we are) next\b",  # noqa: E501
        rf"\b(?:passports?|wages|ids|papers|documents|bats|debt|owe)\b{_OVER2}\b(?:visit|visiting|find|go after|hurt|deal with|pay a visit to) (?:my|our) (?:family|families|mother|mum|parents|kids|children)\b",  # noqa: E501
        r"\b(?:made|make|makes|making|forced|forcing|force|forces) (?:me|us|her) (?:to )?(?:sleep with|have sex with|do sex with|go with|be with) (?:men|man|clients|customers|strangers|his friends|their friends|them|other men)\b",  # noqa: E501
        r"\b(?:rather|prefer to|prefer) (?:have|had|see|bury) a dead (?:son|daughter|child|kid|girl|boy)\b",  # noqa: E501
        r"\b(?:poured|pouring|splashed|splashing|threw|thrown|throwing) (?:petrol|gasoline|gas|lighter fluid|paraffin|kerosene|diesel|fuel)\b[^.]{0,12}\b(?:on|over|around|across|all over|through) (?:the |our |my )?(?:me|us|kids|children|house|hall|hallway|carpet|carpets|floor|bed|stairs|sofa|couch|door|flat|bedroom)\b",  # noqa: E501
        rf"\b{_NEVER_AGAIN} (?:get (?:her|him|them|my \w+|the (?:kids|baby|children)|our \w+) back|(?:see|have) (?:them|my (?:kids|children|son|daughter|baby|boy|girl|little \w+)|the (?:kids|baby|children)|our (?:kids|children|son|daughter|baby)) again)\b",  # noqa: E501
        rf"^(?=.*\b(?:baby|kids|children|son|daughter|toddler|\d+ ?yo|\d+ year old)\b).*?\b{_NEVER_AGAIN} see (?:her|him) again\b",  # noqa: E501
        r"^(?=.*\b(?:baby|babies|kids|children|my (?:son|daughter|boy|girl)|the (?:boy|girl|kid|kids))\b).*?\b(?:drove|driving|drives|drive|took off|sped off|speeding off) (?:off |away )?(?:drunk|high|wasted|off his face|off her face|after drinking)\b",  # noqa: E501
        r"\b(?:spiked|drugged)\b[^.]{0,60}\b(?:trying to|is trying|tries to|wants to|is taking|is dragging|is pulling) (?:get |take |drag |put |pull |carry )?(?:her|him|me|them|my friend) (?:into|in|to|home|out|outside|away)\b",  # noqa: E501
        # Threats to family back home, documents and phones kept behind a locked gate, an
        # order broken, someone broken in and inside now.
        r"\bif (?:i|we|anyone|anybody|you) (?:complain|complains|talk|talks|tell|tells|go|goes|report|reports|run|runs|speak|speaks|leave|leaves)\b[^.]{0,60}\b(?:call|calls|visit|visits|send|sends|hurt|hurts|deal with|find|go after)\b[^.]{0,30}\b(?:family|families|people|mother|parents|kids|children) (?:back home|in \w+)\b",  # noqa: E501
        r"\b(?:on (?:my|his|her) way|coming (?:over|round|here)|outside|at the door)\b[^.]{0,60}\b(?:no contact|restraining|protection|non molestation|protective) order\b|\b(?:no contact|restraining|protection|non molestation|protective) order\b[^.]{0,60}\b(?:on (?:my|his|her) way|coming (?:over|round|here)|outside|at the door|turned up|showed up)\b",  # noqa: E501
        r"\bbroke (?:the|a|my|our) (?:\w+ )?(?:window|door|lock)\b[^.]{0,30}\b(?:(?:he|she|they)(?: is| s| are| re)? (?:inside|in the house)|inside now)\b",  # noqa: E501
        # Told in fragments, each harmless alone: "golf club in his hand. i'm under the
        # bed", "banging on the bedroom door. kids under the bed", "the agency man kept
        # our IDs. he says our families back home will pay if we run".
        rf"\b(?:(?:got|has|pulled|pulling|getting|picked up|took|with|bring|brought|don bring|carry|carrying) (?:out )?(?:the |a |his |her |di )?{_WEAPON}(?: out| in (?:his|her|their) hand)?|{_WEAPON} in (?:his|her|their) hand)\b{_OVER3}\b{_HIDING}",  # noqa: E501
        r"\b(?:bring|brought|don bring|carry|carried|pick|picked|with) (?:the |di |him |his |her )?koboko\b",  # noqa: E501
        rf"\b(?:banging|hammering|kicking|pounding|bashing) (?:on|at) the (?:\w+ )?door\b{_OVER2}\b{_HIDING}",  # noqa: E501
        r"\b(?:will|would|going to|go) pay if (?:we|i) (?:run|run away|leave|go|talk|tell|escape|complain)\b",  # noqa: E501
        r"\b(?:has|have|kept|keeps|took|takes|taken|is holding|holds|hold|keeping) (?:all )?(?:our|my|all our) (?:phones? and passports?|passports? and phones?|passports?|ids|documents|papers)\b[^.]{0,60}(?: \. [^.]{0,60}){0,2}\b(?:we owe|i owe|owe (?:him|her|them)|debt|if we (?:run|leave)|if i (?:run|leave)|cant leave|can not leave|locked|lock us|not allowed (?:out|to leave))\b",  # noqa: E501
        r"\block(?:ed)? (?:mi (?:inna|in)|me inna) (?:di|the|a|dis|this) (?:room|house|cellar|basement|shed|cupboard)\b",  # noqa: E501
        r"\b(?:carer|care worker|nurse|aide)\b[^.]{0,15}\b(?:pinches|pinched|hits|hit|slaps|slapped|shoves|shoved|pushes|pushed|smacks|smacked) me\b",  # noqa: E501
        rf"\b(?:carer|son|daughter|grandson|granddaughter|nephew|niece)\b[^.]{{0,20}}\b(?:takes|took|keeps|has taken) my (?:pension|pension card|bank card|money|benefits)\b{_OVER}\bno food\b",  # noqa: E501
        # A weapon at the door: Patois "di man dem deh a mi gate wid machete".
        r"\b(?:at|a) (?:mi|my|the|our) (?:gate|door|window)\b[^.]{0,20}\b(?:wid|with) (?:a |di |the )?(?:machete|cutlass|knife|gun|blade)\b",  # noqa: E501
        # Someone breaking in: "someone's in the house", "a man is inside the flat".
        r"\b(?:someone|somebody|someones|somebodys|a man|a stranger|an intruder)(?: is| s)? (?:in|inside|breaking into) (?:the|my|our) (?:house|flat|home|apartment)\b",  # noqa: E501
        # Money and food kept from the writer: "he checks every receipt before I'm allowed
        # to buy food".
        rf"\b{_HE}\b[^.]{{0,60}}\b(?:before|unless|until) i (?:am|m) allowed to (?:buy|eat|leave|go|see|call|use|spend)\b",  # noqa: E501
        # A death threat in other words: "they say I will be sent back in a box".
        rf"\b(?:{_HE}|in laws|my in laws|his family|her family)\b[^.]{{0,40}}\b(?:say|says|said|told me|threatened|swore|warned)\b[^.]{{0,50}}\b(?:in a (?:box|body bag|bodybag|coffin|wooden box)|in (?:the|a) (?:ground|grave|ditch))\b",  # noqa: E501
        r"\b(?:in laws|his family|her family|his parents|her parents|his mother|his mum|his mom)\b (?:have |has )?(?:kept|keep|keeps|taken|took|hid|hidden|hides|locked away) my (?:passport|papers|documents|id|visa)\b",  # noqa: E501
        r"\bpapatayin (?:niya|nila|nya) (?:ako|kami)\b",
        r"\b(?:threaten|threatened|threatening|threatens|threat) (?:to |that he would |that she would |that they would )?(?:kill|hurt|shoot|stab|beat|burn|strangle|choke|break|take (?:the|my|our) (?:kids|children|baby|son|daughter)|harm|end|put (?:me|us) through|throw (?:me|us)|batter|smash (?:my|me|us))\b",  # noqa: E501
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
        r"\b(?:locked|trapped|stuck|hiding|hid|barricaded) (?:myself )?(?:in|inside) (?:the |my |our |a )?(?:bathroom|bedroom|closet|wardrobe|car|room|cupboard|basement|attic|toilet)\b(?![^.]*\b(?:jumped out|jump out|jumps out|to scare|to surprise|boo|giggling|giggled)\b)",  # noqa: E501
        r"\b(?:will not|wont|does not|doesnt|did not|didnt) let me (?:leave|go|out|get out|call|use my phone)\b",  # noqa: E501
        r"\b(?:took|taken|takes|smashed|broke|hid|hidden) my (?:phone|keys|car keys|passport)\b",
        r"\bcan not get out\b",
        r"\b(?:i am|we are|i was|i have been|i got) locked in\b",
        rf"\b{_HE} (?:has|had|got|owns|keeps|bought|is carrying|is holding) (?:a |his |her |the |their |another )?(?:gun|guns|knife|weapon|pistol|rifle|shotgun|machete|firearm)\b(?! (?:block|set|sharpener|rack|roll|stand|holder|drawer|safe|cabinet|licence|license|course|class|lesson))",  # noqa: E501
        r"\b(?:point|points|pointed|pointing|aimed|aims|aiming) (?:it|the gun|a gun|his gun|her gun|the knife|a knife|his knife|the rifle) at (?:me|us|my)\b",  # noqa: E501
        r"\bwith (?:me|us|the kids|my kids|the children) (?:in|inside) it\b",
        rf"\b(?:he|she|they|hell|shell|theyll|hed|shed|theyd) (?:{_WILL} )?(?:end|get|destroy|finish) (?:me|us)\b(?! (?:a |an |some |one |something|to |from |at |home|back|up|down|out|off|in|on))",  # noqa: E501
        rf"\b{_HE} (?:is|was|are) (?:going to|gonna) (?:\w+ )?(?:hurt|kill|beat|attack) (?:me|us)\b",  # noqa: E501
        rf"\b{_HE} (?:will|would|ll) (?:actually |really |literally )?(?:kill|hurt|strangle|choke) (?:me|us)\b",  # noqa: E501
        # "My husband's going to kill me." (the apostrophe dropped: "husbands going to")
        r"\b(?:wife|husband|partner|boyfriend|girlfriend|bf|gf|ex)s (?:going to|gonna) (?:kill|hurt) (?:me|us)\b",  # noqa: E501
        # "he wants to kill me", "he tried to kill me", and Nigerian Pidgin "my husband wan
        # kill me" / "he go kill me"; "this wahala wan kill me" has no person in it.
        rf"\b(?:{_HE}|dem|(?:my )?oga) (?:wants to|wanted to|wan|wan to|dey wan|don dey plan to|go|fit|plans to|planned to|planning to|is trying to|was trying to|keeps trying to|kept trying to|tried to|trying to) kill (?:me|us|my kids|the kids|the children|my baby|my pikin|my children)\b",  # noqa: E501
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
        r"\b(?:hell|shell|theyll|hed|shed|theyd|he will|she will|they will|he would|she would) (?:hurt|kill|harm|drown|poison|get rid of) (?:the|my|our) (?:little |baby |big |younger |older )?(?:dog|cat|kids|children|baby|pets|mum|mom|family|sister|brother)\b",  # noqa: E501
        r"\b(?:find|get|come for|hunt) (?:me|us)\b(?! hurt)[^.]{0,20}\b(?:kill|hurt|make me pay|beat|destroy)\b",  # noqa: E501
        rf"\b{_HE} (?:is|are|was) (?:at the door|at my door|in the driveway|parked outside|banging|pounding|kicking|trying to (?:get|break) in|breaking in)\b",  # noqa: E501
        rf"\b{_HE} (?:is|are|was) (?:outside|downstairs|here|back|coming)\b(?= (?:my|the|our) (?:door|house|flat|window|work|place|room|apartment|building)| right now| again| waiting| watching| shouting| screaming| and| with|$)",  # noqa: E501
        r"\b(?:banging|pounding|kicking|hammering|knocking) (?:on|at|in|down) (?:the|my) (?:door|doors|window|windows)\b",  # noqa: E501
        r"\b(?:outside|at) my (?:door|window|house|flat|apartment|work|car)\b[^.]{0,30}\b(?:he|she|they|again|right now|now|won|wont|will not|waiting|watching)\b",  # noqa: E501
        r"\b(?:broke|breaking|broken|break|trying to get) (?:in|into) (?:the |my |our )?(?:house|flat|apartment|home|room|place)?\b(?=.*\b(?:he|she|they|someone)\b)",  # noqa: E501
        r"\b(?:followed|following|stalking|stalked) me (?:home|here|to work|again|everywhere)\b",
        rf"\b{_HE} (?:hit|hits|punched|kicked|slapped|beat|pushed|shoved|threw|dragged|attacked|raped|assaulted|burned|bit) (?:me|us)\b[^.]{{0,40}}\b(?:tonight|today|again|just now|right now|this morning|this evening|last night|an hour ago|earlier)\b",  # noqa: E501
        r"\b(?:afraid|scared|terrified|fear|fearing|frightened|worried) (?:for )?(?:my|our) (?:life|lives|safety|kids safety)\b",  # noqa: E501
        r"\b(?:afraid|scared|terrified|frightened) (?:that )?(?:he|she|they) (?:will|would|is going to|ll|d|might) (?:kill|hurt|find) (?:me|us)\b",  # noqa: E501
        r"\b(?:i am|i feel|i do not feel|dont feel|we are|i am not|we are not) (?:not )?safe (?:here|at home|in my (?:own )?(?:home|house|flat|bed|room)|right now|tonight|with him|with her|with them|any more)\b",  # noqa: E501
        r"\bnot safe (?:here|at home|right now|tonight|with him|with her|to go home)\b",
        r"\b(?:scared|afraid|terrified) to go home\b",
        r"\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:(?:he|she|they) (?:will|ll|might|d|would|is going to|could)|hell|shell|theyll|hed|shed|theyd) do\b",  # noqa: E501
        r"\b(?:please help|help me please|someone help|help me now|i need help now|send help)\b",
        r"\b(?:should i|going to|need to|have to|want to|will|please|gonna|about to|might) (?:call|ring) (?:the )?(?:police|cops|911|999|000|111|112)\b",  # noqa: E501
        r"\b(?:going|gonna|going to) kill (?:us|me) (?:both|all|tonight|when)\b",
        r"\bkill (?:me|us) and (?:then )?(?:himself|herself|themselves|the kids)\b",
        r"\bkill (?:himself|herself|themselves) if i (?:leave|go|tell)\b",
        rf"\b{_HE}\b[^.]{{0,50}}\b(?:bury me|bury my body|make sure i never|make me regret|i will regret|ill regret|ill be sorry|youll regret|youll be sorry|make me pay|finish me off|put me in (?:the|a) (?:ground|grave|hospital)|burn (?:the house|the flat|it) down)\b",  # noqa: E501
        r"\b(?:nobody|no one|noone) (?:would|will) (?:ever )?find (?:my|the) body\b",
        r"\bshowed me (?:the|a|his|her) (?:knife|gun|blade|weapon|machete)\b",
        r"\b(?:drove|swerved|aimed the car) (?:his car |her car |the car )?at me\b|\btried to run (?:me|us) over\b",  # noqa: E501
        r"\b(?:sat|sitting|parked|waiting|standing|stood)\b[^.]{0,30}\boutside\b[^.]{0,30}\bwatching\b",
        rf"\b{_HE}\b[^.]{{0,10}}\b(?:smashed|broke|kicked in|put a brick through) (?:my|the|our) (?:window|windows|door|windscreen)\b",  # noqa: E501
        r"\b(?:scared|afraid|terrified|frightened)\b[^.]{0,30}\bwhat (?:he|she|they|hed|hell|shed|shell|theyll) (?:will |might |would |could |is going to |d |ll )?do\b",  # noqa: E501
        r"\b(?:grabbed|gripped|squeezed|twisted|yanked|pulled) (?:my|me by the) (?:arm|arms|wrist|wrists|hair|neck|throat|face|jaw)\b[^.]{0,30}\b(?:bruise|bruised|bruises|marks|bleed|bled|so hard|until)\b",  # noqa: E501
        # A threat passed on in the threatener's words, and being tracked down.
        rf"\b{_HE} (?:said|says|texted|texts|messaged|wrote|told me|screamed|yelled|shouted|whispered|swore)\b[^.]{{0,10}}\b(?:ill|i will|i am going to|i am gonna|i am gonna) (?:kill|end|hurt|bury|finish|destroy|get|find) you\b",  # noqa: E501
        r"\bi know where you (?:are|live|sleep|work|are staying|are hiding)\b",
        # Fourth round: veiled threats said by the person, and a threat received.
        rf"\b{_HE}\b[^.]{{0,50}}\b(?:learn my lesson|learn your lesson|teach me a lesson|id regret|i would regret|i d regret|not see (?:the )?morning|wont see (?:the )?morning|sleep with one eye open|rather see me dead|rather have me dead|rather i was dead|worse is coming|better watch (?:myself|my back|yourself|your back)|sorry (?:i|you) (?:was|were) ever born|worse (?:is )?(?:to come|coming) (?:when|tonight|later|after)|(?:nobody|no one|noone) (?:would|will|d) (?:ever )?find (?:me|you|us))\b",  # noqa: E501
        r"\b(?:youve had|you have had|you had) your (?:last |final )?warning\b|\b(?:dont|do not) bother locking\b|\baccidents (?:happen|can happen) (?:in this house|to (?:people|girls|women|you|those) (?:like you|who))\b",  # noqa: E501
        r"\b(?:your|ur) (?:last|final) (?:day|days|week|weeks|night|month) (?:alive|on earth|breathing)\b",  # noqa: E501
        r"\b(?:can not|cant) hide from me\b|\b(?:ill|i will) find (?:you|u)(?= wherever| and|$)|\btry it and see what happens\b|\btaking the (?:baby|kids|children)\b[^.]{0,30}\b(?:right now|tonight|packing)\b",  # noqa: E501
        r"\bthreaten(?:ed|s|ing)? (?:me|us|my \w+) with (?:a|an|the|his|her|their) \w+\b",
        r"\b(?:coming back|coming) up the (?:drive|stairs|path|road)\b[^.]{0,40}\b(?:shaking|scared|terrified|hide|hiding)\b",  # noqa: E501
        # Seventh round: a bare "I'm not safe" is read both ways (see suicidal_thoughts).
        r"^(?:but |and |honestly |really |i think |i know |truth is )?(?:i am not|i do not feel|i am not feeling) safe(?: (?:any more|at all|tonight|right now|now|today))?$",  # noqa: E501
        # Seventh round: someone being hurt nearby right now, and "I'm next".
        r"\b(?:beating|hitting|hurting|strangling|choking|kicking|punching|attacking|battering|bashing|laying into)\b[^.]{0,60}\b(?:says|said|saying|shouting|screaming|yelling|told me|telling me|swears|swore)\b[^.]{0,10}\b(?:i am|i will be|ill be|i would be|id be|you are|youre|youll be|you will be) next\b(?! (?:week|time|year|month|in line|up|door))",  # noqa: E501
        r"\b(?:is|are) (?:beating|hitting|strangling|choking|kicking|punching|attacking|battering|bashing) (?:up )?(?:my|our|the|her|his|their|me) (?:(?!at\b)\w+ ){0,2}(?:in the next room|in the other room|downstairs|upstairs|next door|in the (?:kitchen|bedroom|living room|lounge|hall|hallway|bathroom)|right now)\b(?! at\b)",  # noqa: E501
    ),
}

# "Send help": part of the joke when said after an idiom in the same sentence
# ("overdosed on cookies again, send help"; read once an idiom has been blanked out) or
# followed by a laugh ("send help lol", an idiom of its own below).
PLEA_RULE = r"\b(?:(?:some|any)(?:one|body) |pls |please )?send (?:help|backup|reinforcements)\b"

# Everyday idioms: blanked out before the rules run.
IDIOM_RULES = (
    PLEA_RULE + r"(?= (?:pls |please )?(?:lol|lmao\w*|haha\w*|rofl|xd|jk)\b)",  # "send help lol"
    r"\b(?:is|are|was|were|its|it is|it was|keeps|kept|been|be|am|is really|are really|are literally|is literally|literally) killing me\b",  # noqa: E501
    r"\b(?:this|that|the|these|those|my|your|it|work|traffic|commute|heat|job|wait|suspense)\b(?! (?:husband|wife|boyfriend|girlfriend|partner|ex|bf|gf)s? (?:will|is going to|going to|gonna) kill me$)[^.]{0,25}\b(?:will|going to|gonna|is going to) be the death of me\b",  # noqa: E501
    r"\bkill(?:s|ing|ed)? me (?:with|softly|now)\b",
    r"\bkilled it\b|\bkilling it\b|\bkill it (?:at|on|in|today|tonight)\b",
    r"\bkill (?:some |the )?time\b|\bkill two birds\b",
    r"\bkill the (?:lights|mood|vibe|engine)\b",
    r"\bdying (?:to|for)\b|\b(?:is|was|were|are|be|looks?|looked|tastes?|tasted|smells?|smelled|absolutely|simply|just|totally) to die for\b|\bto die for$|\bdie for (?:a|some)\b",  # noqa: E501
    r"\bsuicide (?:prevention|awareness|rates?|statistics|stats|research|training|first aid)\b",
    r"\b(?:die|died|dying|dead|death) (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|envy|curiosity|jealousy|happiness|excitement|the heat)\b",  # noqa: E501
    r"\b(?:nearly|almost|could have|could of|couldve|basically|literally) (?:died|die|dead)\b(?: (?:laughing|of laughter|when|at|from))?",  # noqa: E501
    r"\b(?:died|dying|die|dead|killed myself|killing myself|kill myself) (?:laughing|of laughter|with laughter)\b",  # noqa: E501
    r"\bdrop dead (?:gorgeous|beautiful|handsome)\b",
    r"\bdead (?:tired|beat|serious|on my feet|on time|centre|center|end|ringer|weight|set|last|air|zone|quiet|silent|easy|good|wrong|right|cute|funny|money|cert|certainty|loss|giveaway)\b",  # noqa: E501
    r"\b(?:deadline|deadlines|deadlift|deadlifts|deadpan|deadbolt|dead heat)\b",
    r"\b(?:phone|battery|laptop|car|plant|plants|wifi|internet|computer|tablet|headphones|torch|remote) (?:is |was |has |had |just )*(?:died|dead|dying)\b",  # noqa: E501
    r"\bdead to me\b|\bover my dead body\b|\bdead man walking\b|\bflog a dead horse\b",
    r"\b(?:i am|we are|she is|he is|you are) (?:so |literally )?dead\b(?= (?:lol|haha|lmao|rofl|\s*$))",  # noqa: E501
    r"\b(?:bored|scared|frightened|tickled|worried|sick|loved?|love you|laughed|freezing|starving) (?:me |you |him |her |us )?to death\b",  # noqa: E501
    r"\bstarving\b(?! myself)",
    r"\bshoot (?:me|us|him|her) (?:a|an) (?:text|message|email|line|dm|note|call)\b|\bshoot (?:for|the breeze)\b|\bphoto ?shoot\b|\bshoot myself in the foot\b",  # noqa: E501
    r"\b(?:career|social|political|commercial|financial) suicide\b|\bsuicide (?:squad|doors?|run|runs|drills?|sprints?|sauce|wings|king|mission)\b",  # noqa: E501
    r"\bcut (?:myself|me) (?:some |a little |a bit of )?slack\b|\bcut (?:myself|me) (?:a|some|another) (?:slice|piece|break|deal)\b",  # noqa: E501
    r"\bcut myself (?:shaving|cooking|chopping|gardening|on (?:a|the|some|my)|by accident|accidentally|while|when|slicing|opening)\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    r"\bburn(?:ed|t)? myself (?:on (?:the|a|some)|cooking|ironing|by accident|accidentally|while|when|with the (?:kettle|iron|pan|oven))\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    r"\bhurt myself (?:at the gym|lifting|skiing|playing|running|falling|tripping|by accident|accidentally|while|when i (?:fell|tripped|slipped)|on (?:the|a) (?:stairs|ice|trampoline))\b",  # noqa: E501
    r"\b(?:beat|beating|kick|kicking|kicked) myself(?: up)?\b",
    r"\bkilling (?:myself|himself|herself|themselves|yourself) (?:at|over|for|with|trying|to (?:finish|get|make|meet|keep|pay|please))\b",  # noqa: E501
    r"\b(?:hit|banged|bumped|bashed|smacked) my (?:head|knee|elbow|toe|shin|arm) (?:on|against|getting)\b(?![^.]*\b(?:over and over|again and again|until|till|til|on purpose|deliberately|repeatedly|to feel|to punish|as hard as)\b)",  # noqa: E501
    r"\b(?:choked|choking|choke) (?:on|up|during|in|at)\b|\bchoked\b(?= (?:again|under pressure))",
    r"\bburn(?:ing|ed|t)? (?:out|the candle)\b|\bburnt out\b",
    r"\bburn(?:ing|ed|t)? (?:myself|me|yourself|ourselves) out\b",
    r"\bcross that bridge\b|\bburn(?:ed|t|ing)? (?:my|our|that|the) bridges?\b|\bbridge the gap\b|\bwater under the bridge\b",  # noqa: E501
    r"\bif (?:all )?(?:your friends|everyone|they|he|she) jumped off a (?:bridge|cliff)\b",
    r"\b(?:d|id|would) rather (?:die|be dead) than\b(?! (?:go on|going on|live|living|keep|carry on|carrying on|face|wake|spend another|go back|be here|feel like this|another|this|be alive))",  # noqa: E501
    r"\btake (?:my )?life back\b|\btake back my life\b|\btook my life back\b",
    r"\b(?:end|ending) (?:it|things) (?:with|between)\b",
    r"\bthe (?:car|boat|plane|bus|company|project|show|film|series|story|game|season) (?:is |was )?(?:dying|dead|killed off)\b",  # noqa: E501
    r"\b(?:killer|killers) (?:workout|app|view|views|deal|heels|outfit|smile|game|instinct|queen|bee|whale|sudoku|tune|line)\b",  # noqa: E501
    r"\blocked (?:myself |me )?out (?:of (?:my|the) (?:account|email|laptop|phone|car|flat|house|apartment))\b",  # noqa: E501
    r"\bmy (?:feet|back|knees|head|legs|shoes|neck|eyes|hands|ears) (?:are|is|were|was) killing me\b",  # noqa: E501
    r"\bbang(?:ing)? my head (?:against|on) (?:a|the) (?:wall|brick wall|desk)\b(?! (?:right now |now |tonight |today )?(?:when|whenever|every time|until|till|til|so hard|again|to feel|to stop|to make|to punish|hard)\b)",  # noqa: E501
    r"\b(?:laughed|laughing|laugh|laughs) (?:so hard|so much|till|until)\b[^.]{0,40}\b(?:die|died|dying|dead|going to die)\b",  # noqa: E501
    r"\b(?:lost|losing|lose|loses) (?:\w+ ){1,3}to suicide\b|\b(?:died|death|dying) (?:by|from|of) suicide\b",  # noqa: E501
    r"\b(?:it|this|that|its|which|guilt|work|grief|anxiety) (?:is |was |s )?(?:starting |beginning |going )?(?:to )?(?:choke|choking|suffocate|suffocating|smother|smothering) (?:me|us)\b",  # noqa: E501
    r"\b(?:so|too) (?:hungry|tired|bored|happy|embarrassed|full|excited|jealous|cold|hot) (?:that )?i could (?:just )?(?:die|cry|scream)\b|\bi could (?:just )?die(?= he| she| they| it| this| that| of| from|$)",  # noqa: E501
    r"\bdead to the world\b|\bgive my right arm\b|\bground (?:to )?swallow me\b|\bheart attack when\b",  # noqa: E501
    r"\bi (?:(?:could|will|am going to|ll) (?:strangle|kill|murder|throttle)|(?:could|would) (?:have|of) (?:throttled|strangled|killed|murdered)) (?:him|her|them|the (?:cat|dog|kids|printer|neighbours)|my (?:brother|sister|mum|mom|dad|boss|husband|wife|partner|kids|son|daughter|cat|dog|flatmate))\b(?! (?:and|then) (?:myself|me))",  # noqa: E501
    r"\b(?:traffic|queue|commute|meeting|meetings|weather|heat|song|homework|exam|hangover|cold|flu|post office|this day|that film|that show|this week)\b[^.]{0,25}\b(?:makes|made|making) me want to die\b",  # noqa: E501
    r"\b(?:so|too) (?:embarrassed|embarrassing|awkward|cringe|cringey|mortified) (?:that )?i (?:want to|wanted to|could|just want to) (?:die|crawl|disappear)\b|\bknock (?:them|em|him|her|us|you|the \w+) dead\b",  # noqa: E501
    r"\b(?:d|id|would|will|ill) die for (?:my|you|her|him|them|our)\b|\bshot down (?:my|his|her|the|our) (?:idea|ideas|plan|suggestion|proposal)\b",  # noqa: E501
    # "If I have to sit through one more meeting…", with its ending ("…I'm going to die")
    # or without (the clause only).
    r"\bif (?:i|we) (?:have to |had to )?(?:hear|see|sit|watch|do|listen|read)\b[^.]{0,40}\bone more (?:time|minute|day|meeting|episode|call|email)\b(?:[^.]{0,15}\b(?:going to|gonna|will|ll) (?:literally |actually )?die\b)?",  # noqa: E501
    # Third round (idioms), written as families:
    # "I'd kill for a lie-in", unless what is wanted is an ending.
    r"\b(?:id|d|would|could) kill for\b(?! (?:it|this|everything|all|all of this|the pain|life|my life|things) (?:\w+ ){0,2}to (?:just |finally |simply )?(?:be over|end|stop|finish)| (?:a|the|some) (?:way out|permanent|final|last|endless)| to (?:die|be dead|not|never|disappear|stop|end|sleep forever|vanish))",  # noqa: E501
    # death words applied to devices, plants and the like: "phone's dead", "wifi keeps dying"
    r"\b(?:all (?:of )?)?(?:my |the |our |his |her |their |your )?(?:phone|battery|batteries|laptop|laptops|charger|wifi|wi fi|internet|router|signal|connection|computer|pc|tablet|ipad|kindle|headphones|earbuds|airpods|speaker|controller|console|printer|torch|remote|tv|telly|fridge|kettle|toaster|bulb|lightbulb|lights|car battery|engine|plant|plants|houseplant|houseplants|basil|herbs?|fern|ferns|succulent|succulents|cactus|orchid|orchids|tomatoes|seedlings|sourdough starter|starter|party|town|group chat|chat|conversation|vibe|mood|pen|pens)s? (?:is |are |was |were |has |have |had |just |keeps |keep |kept |finally |already |all |totally |completely |both |literally |officially |now |gone |gonna |going to |about to |gone and )*(?:died|dead|dying|die|deceased|a goner)\b",  # noqa: E501
    r"\bdead (?:phone|phones|battery|batteries|laptop|wifi|plant|plants|houseplants?|basil|fern|tablet|remote|torch|car battery|bulb|pen|pens)\b",  # noqa: E501
    # "a serial killer of basil", "plant murderer", "killed another fern"
    r"\b(?:serial )?(?:plant|houseplant|basil|herb|succulent|cactus|fern|orchid|goldfish|sourdough) (?:killer|murderer)\b|\b(?:serial )?(?:killer|murderer) of (?:\w+ )?(?:plants?|houseplants?|basil|herbs?|succulents?|cacti|cactus|ferns?|orchids?|tomatoes|sourdough|houseplant)\b|\bkilled (?:another|my|the|all my|all the|every) (?:\w+ )?(?:plants?|houseplants?|basil|herbs?|succulents?|cactus|ferns?|orchids?|seedlings|sourdough starter)\b",  # noqa: E501
    # exertion: "leg day destroyed me", "I'm basically a corpse"
    r"\b(?:leg day|arm day|the gym|gym|workout|that workout|the run|that run|this run|the hike|that hike|spin|spin class|that class|the class|training|that session|pilates|yoga|crossfit|bootcamp|circuits|that exam|the exam|the match|marathon|half marathon|10k|5k|the shift|night shift|double shift|the wedding|the kids|the toddler|moving house|the move) (?:absolutely |totally |completely |actually |literally |properly |has |have |just )*(?:destroyed|wrecked|killed|murdered|obliterated|ruined|finished|broke|destroys|wrecks|kills) (?:me|us)\b",  # noqa: E501
    r"\b(?:i am|we are|i feel|feel|feeling|i look|looking) (?:basically |practically |literally |officially |now |like |just |a bit of |such )*(?:a |an )?(?:corpse|zombie|walking corpse|walking dead|extra in a zombie film|ghost of myself)\b(?! (?:and|so) i (?:want|wish))",  # noqa: E501
    # gaming deaths: "I keep dying to the same boss", "died on the last level"
    r"\b(?:died|dying|die|dead|killed|got killed|keep dying|kept dying) (?:to|on|in|at) (?:the |that |this |a )?(?:same )?(?:boss|final boss|level|last level|round|raid|dungeon|map|match|ranked match|game|lobby|checkpoint|zombies|creeper|sniper|minecraft|fortnite|elden ring|dark souls|mario kart)\b|\b(?:respawn|respawned|respawning|game over|extra lives|lost a life|one life left)\b",  # noqa: E501
    # "I could murder a curry"
    r"\b(?:could|would|id|i would|i could) (?:murder|demolish|destroy|kill|devour) (?:a|an|some|the|another) (?:\w+ )?(?:pizza|curry|burger|kebab|pint|coffee|cuppa|tea|sandwich|takeaway|chippy|chips|cake|beer|drink|bacon|roast|fry up|steak|pasta|ice cream|biscuit|doughnut|donut|brew|wine|glass)\b",  # noqa: E501
    # accidents: "tripped over the dog and cut my knee", "burnt my hand on the oven tray"
    r"\b(?:tripped|slipped|stumbled|fell (?:over|off|down|on|onto|into|in|up)|came off (?:my|the) (?:bike|scooter|board|horse)|crashed (?:my|the) bike)\b[^.]{0,60}?\b(?:cut|grazed|scraped|skinned|bruised|burned|burnt|banged|bashed|split|twisted|sprained|hurt|bust|busted) (?:open )?my (?:knee|knees|shin|shins|elbow|elbows|hand|hands|finger|fingers|thumb|toe|toes|chin|lip|head|ankle|palm|palms|leg|legs|forehead|nose|hip|bum|back)\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    r"\b(?:cut|sliced|nicked|burned|burnt|scalded|grazed) (?:open )?my (?:finger|fingers|thumb|hand|fingertip|knuckle|palm|tongue|mouth) (?:\w+ ){0,3}?(?:chopping|slicing|cooking|peeling|baking|opening|grating|on (?:a|the) (?:knife|tin|can|mandoline|grater|glass|oven|pan|tray|hob|stove|kettle|iron|toaster|paper|pizza)|with (?:a|the) (?:knife|peeler|grater|tin|kettle|iron)|taking|getting|grabbing)\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    # "frozen to death", "I'd die happy if I saw the northern lights", "died a little inside",
    # "the sofa could swallow me whole", "I could eat a horse", "sleep for a week"
    r"\b(?:frozen|froze|freezing|bored|boring|worked|working|worried|cold|tired) (?:me |you |him |her |us )?(?:half )?to death\b",  # noqa: E501
    # ... unless what would make them happy is not being here ("if I never woke up")
    r"\b(?:d|id|would|could|will|ill|can) die (?:a )?happ(?:y|ier)(?: now)? (?:if|when|once|after)\b(?! (?:i|it|this|everything|all (?:this|of this)|my life)\b[^.]{0,30}\b(?:wake|woke|waking|end|ended|ends|ending|over|gone|here|exist|existed|existing|alive|die|died|dead|sleep forever|disappear|disappeared)\b)",  # noqa: E501
    r"\b(?:died|die|dying) (?:a little|a bit|slightly|a tiny bit|a little bit) (?:inside|of embarrassment)\b",  # noqa: E501
    r"\b(?:ground|floor|sofa|couch|bed|earth|duvet|hole) (?:to |could |would |should |just )?(?:open up and )?swallow (?:me|us)(?: whole| up)?\b",  # noqa: E501
    r"\bcould eat a (?:horse|whole horse|cow)\b",
    r"\bsleep for (?:a|about a|like a|a whole) (?:week|month|year|fortnight|day|decade)\b(?![^.]*\bwake\b)",  # noqa: E501
    r"\bdisappear for (?:a|the) (?:weekend|week|few days|holiday|night|day|fortnight|long weekend) (?:with|to|in|at|on|somewhere)\b",  # noqa: E501
    # Not being awake for a while, bounded by an everyday thing: "I don't want to exist
    # until I've had coffee", "never wake up before 9 again", "wake me up when exams are
    # over".
    r"\b(?:exist|function|be awake|be alive|be a person|be human|wake up|talk to anyone) (?:until|till|before) (?:i have had |i get |i have got )?(?:my |a |some |the |at least )?(?:first )?(?:coffee|tea|cuppa|caffeine|breakfast|noon|midday|lunch|lunchtime|the weekend|\d+)\b",  # noqa: E501
    r"\bwake (?:me |us )?up (?:when|once|after) (?:\w+ ){1,4}(?:is|are|s) (?:over|done|finished|through)\b",  # noqa: E501
    # Not being missed at an everyday thing: "nobody would notice if I skipped the party".
    r"\b(?:no one|nobody|noone|no body) (?:would|will|d) (?:even )?(?:notice|miss me|care) (?:if|that) i (?:skipped|missed|left early|did not go|dont go|did not come|stayed home|stayed in|bailed|cancelled|did not show)\b",  # noqa: E501
    # Leaving for a named place: "run away to Spain and never come back".
    r"\b(?:run away|run off|move|moving|fly|flying|escape|emigrate) to (?!(?:sleep|the sea|the river|the bridge|the tracks|heaven|god|the other side|a better place)\b)(?:\w+ ){1,3}and never come back\b",  # noqa: E501
    # "One more meeting and I'm going to die", "I could sleep forever after this week".
    r"\bone more (?:time|minute|second|hour|day|word|song|meeting|email|call)\b[^.]{0,40}\b(?:going to|gonna|will|ll) (?:literally |actually )?die\b",  # noqa: E501
    r"(?<!wish i )(?<!if only i )(?<!wish that i )\bcould (?:happily |literally |honestly )?sleep (?:forever|for ever)\b(?! and (?:never|not))",  # noqa: E501
    # Hurt by accident, and said so: "burned my arm on the oven", "hurt myself moving the
    # wardrobe", a paper cut, a piercing; "unalive my alarm clock" is not about the writer.
    r"\bburn(?:ed|t) (?:my|the back of my) (?:\w+ ){0,2}on (?:the|a|my) (?:oven|stove|hob|iron|kettle|pan|tray|oven rack|oven door|grill|toaster|radiator|exhaust|bbq|barbecue|hair straighteners|straighteners|curling iron|campfire|fire|candle)\b(?![^.]{0,30}\b(?:on purpose|deliberately|again|over and over|to feel|meant to)\b)",  # noqa: E501
    r"\bhurt myself (?:moving|lifting|carrying|playing|running|training|climbing|skating|skiing|cycling|falling|slipping|tripping|gardening|at (?:the gym|football|work|netball|rugby|training|the match|soccer))\b",  # noqa: E501
    r"\b(?:paper ?cut|papercut|(?:pierced|piercing)(?! (?:my|the) (?:own )?(?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach)| myself)|stubbed|slammed my (?:\w+ )?in|caught my (?:\w+ )?in|bit (?:the inside of )?my (?:tongue|cheek|lip)|splinter)\b(?![^.]{0,40}\b(?:on purpose|deliberately|to feel|to punish)\b)",  # noqa: E501
    r"\bunalive (?:kill )?(?:my|the|this|that|his|her|their|your) (?!self\b)\w+",
    # Plea as a joke, with what is asked for: "send help and snacks", "send help, or at
    # least a blanket".
    PLEA_RULE
    + r"(?= (?:and|or|with)? ?(?:at least )?(?:a |some |more )?(?:snacks|coffee|wine|chocolate|tea|blanket|food|pizza|cake|caffeine|biscuits|sugar|memes)\b)",  # noqa: E501
    # Words of care and of work: a friend "in recovery from self harm", "suicide
    # prevention training", "the naloxone overdose kit", a pill organiser.
    r"\b(?:my|her|his|our|their|a) (?:friend|best friend|sister|brother|cousin|son|daughter|partner|client|patient|colleague|mate|niece|nephew)\b (?:has been |is |was )?(?:in recovery|recovering|clean|free) from self harm\b",  # noqa: E501
    r"\b(?:suicide|self harm) (?:prevention|awareness|risk assessment|risk assessments|risk form|training|first aid|research|statistics|policy|protocol|module|course|workshop|charity|fundraiser)\b",  # noqa: E501
    r"\b(?:naloxone|narcan)\b|\boverdose (?:kit|kits|training|awareness|reversal)\b|\bpill (?:organiser|organizer|box|reminder|dispenser)\b(?! into (?:me|myself|my mouth))|\b(?:days of the week box|dosette|blister pack)\b",  # noqa: E501
    # In a game: "threw myself off the same cliff in the platformer".
    r"\b(?:platformer|video game|boss fight|respawn|respawned|respawning|checkpoint|speedrun|my character|my avatar|final boss|extra lives)\b",  # noqa: E501
    # Kitchen and sun: "the mandoline got my knuckle", sunburn.
    r"\b(?:mandoline|the knife slipped|tin lid|can lid|cheese grater|sunburn|sunburnt|sunburned)\b",
    # Medicine handed back to the pharmacy, a goodbye to colleagues.
    r"\b(?:took|take|taking|brought|dropped|returned) (?:the |my |all the |all my )?(?:\w+ ){0,2}(?:meds|medication|pills|tablets|medicines) (?:back )?to the (?:pharmacy|chemist)\b",  # noqa: E501
    r"\bgoodbye (?:letter|card|speech|email|message|post) to (?:the|my|our) (?:team|office|class|staff|students|colleagues|coworkers|department)\b",  # noqa: E501
    # "I'm going to die if I don't get coffee": a want, not a death.
    r"\b(?:going to|gonna|will|ll|d|would) (?:literally |actually |honestly |genuinely )?die (?:if|unless) i (?:dont|do not|cant|can not) (?:get|have|eat|drink|find|grab|buy) (?:a |an |some |my |the |more |another )?(?:coffee|tea|cuppa|caffeine|food|chocolate|snack|snacks|nap|sleep|lunch|dinner|breakfast|pizza|cake|beer|wine|biscuit|ice cream|chips|burger|sugar)\b",  # noqa: E501
    # "lmao kms that was so cringe": laughter, then embarrassment, around the texting form
    r"\b(?:lol|lmao\w*|haha\w*|rofl|omg|bruh|ffs) kill myself\b(?=[^.]{0,40}\b(?:cringe\w*|embarrass\w*|awkward|mortif\w*)\b)",  # noqa: E501
    # Fourth round: "that mosquito has a death wish", "where hope goes to die", plants and
    # gadgets "committing suicide", a pet that "looked at me like it wanted me dead", and
    # "if I hear that song one more time I'll walk into the sea".
    r"\b(?:it|he|she|they|you|that|this|the \w+|that \w+|this \w+|my \w+) (?:has|have|had|got|must have) (?:a )?death wish\b",  # noqa: E501
    r"\bshot myself in the foot\b",
    r"\b(?:overdosed|overdosing|od d|odd) on (?:\w+ ){0,2}(?:cookies|biscuits|chocolate|sugar|cake|candy|sweets|coffee|caffeine|carbs|cheese|pizza|netflix|tv|telly|christmas|memes|tiktok|reality tv|true crime|podcasts|sunshine|vitamin d|fairy lights|glitter)\b",  # noqa: E501
    # Seventh round: games, "my brother is beating me at Mario Kart", unless the place or
    # the time says it is literal ("at home", "at night").
    r"\b(?:beat|beats|beating|thrashing|thrashed) (?:me|us|him|her|them|you) (?:at|in) (?!(?:the |my |our |his |her )?(?:house|home|flat|room|kitchen|bedroom|car|head|face|night|morning|evening|every|any|front|back|garden|yard|street)\b)\w+",  # noqa: E501
    r"\bbloodbath\b",
    r"\b(?:this|that|these|those|today|it)(?: (?!man\b|guy\b|person\b|woman\b|bloke\b|lad\b|girl\b|boy\b|dude\b|people\b|family\b|one\b)\w+){0,2} (?:is|are|was|were|keeps|kept) (?:literally |actually |actively |really )?trying to (?:kill|murder|end|destroy|finish) (?:me|us|my life)\b",  # noqa: E501
    r"\bi (?:swear )?(?:ill|i will|i am going to|i am gonna) (?:kill|murder|strangle) (?:him|her|them|my \w+)(?= one of these days| if| when| for| lol| haha|$)",  # noqa: E501
    r"\bwhere (?:\w+ ){0,3}(?:hope|joy|dreams|fun|creativity|productivity|motivation|will to live|soul|souls|brain cells|ideas|happiness|spirit|patience|sanity|ambition|enthusiasm) (?:goes|go|went) to die\b",  # noqa: E501
    r"\b(?:plants?|houseplants?|ferns?|basil|succulents?|cactus|orchids?|tomatoes|seedlings|phone|laptop|printer|battery|car|router)\b[^.]{0,30}\b(?:committing|committed|commit|commits) suicide\b",  # noqa: E501
    r"\b(?:looked|looks|looking|stared|stares|glared|glares|glaring) at me like (?:he|she|it|they) (?:wanted|wants|was planning|is planning|was plotting|is plotting) (?:me dead|my funeral|my death|to kill me|my murder)\b",  # noqa: E501
    r"\bif\b[^.]{0,60}\bone more (?:time|\w+)\b[^.]{0,20}\b(?:i will|i am going to|ill|i am gonna|i shall) (?:simply |just |literally )?(?:walk into the sea|jump off (?:a|the|the nearest) (?:bridge|cliff|roof)|throw myself (?:into the sea|off (?:a|the) (?:bridge|cliff|roof)))\b",  # noqa: E501
    # Eighth round: playful hyperbole ("my bank account is on life support", "death by
    # chocolate", "dying with a cold", "the band murdered that cover", "that finale
    # killed me", "my ego has passed away", "spiritually deceased", "buried alive under
    # marking", "shoot me now") and dialect intensifiers ("die die must", "sweet die").
    r"\b(?:bank account|account|bank balance|balance|wallet|budget|savings|finances|phone|battery|laptop|car|plant|plants|sourdough starter|patience|sanity|social life) (?:is |are |s |has been |have been )?on life support\b",  # noqa: E501
    r"\bdeath by (?:chocolate|cake|pudding|cheese|carbs|meetings?|powerpoint|paperwork|admin|emails?|spreadsheets?|a thousand cuts)\b",  # noqa: E501
    r"\bdie die (?:also )?must\b|\b(?:sweet|fine|tasty|sharp|enjoy) die\b(?! (?:for|of|to|in|from))",  # noqa: E501
    r"\b(?:dying|died|die|dead) (?:with|of|from) (?:a |the |this |my )?(?:cold|head cold|flu|man flu|hangover|sniffles|cough|sore throat|hay fever|hayfever|jet lag|thirst|hunger)\b",  # noqa: E501
    r"\b(?:absolutely |totally |completely )?(?:murdered|slayed|killed) (?:that|the|this|their|her|his|my|our) (?:cover|song|solo|set|gig|performance|audition|routine|speech|presentation|track|dance|number|karaoke|look|outfit)\b",  # noqa: E501
    r"\b(?:that|this|the|last nights|tonights) (?:season finale|finale|episode|ending|last episode|plot twist|twist|joke|meme|video|film|movie|show|chapter|scene|cliffhanger)\b[^.]{0,20}\b(?:literally |actually |absolutely |honestly |just |totally )?(?:killed|destroyed|murdered|finished) me\b",  # noqa: E501
    r"\bmy (?:ego|dignity|pride|self respect|last brain cell|brain cells|social life|reputation) (?:has |have |just |officially |finally )*(?:passed away|passed on|died|perished|is dead|are dead|is deceased)\b",  # noqa: E501
    r"\b(?:i am|i feel|feeling) (?:now )?(?:spiritually|officially|academically|socially) (?:dead|deceased|departed)\b",  # noqa: E501
    r"\bburied (?:alive )?(?:under|in) (?:a (?:pile|mountain|sea|heap|stack) of )?(?:marking|work|paperwork|laundry|emails|homework|admin|essays|assignments|deadlines|washing|invoices|reports|revision|coursework)\b",  # noqa: E501
    r"\bshoot me now\b",
    # Ninth round (rounds 10a-10c; "I could have throttled her" and "dead money" joined
    # the families above): "I'll die of old age before she gets to the point", "nearly
    # killed myself tripping over the hose", "kill you with kisses", "my feet are dead",
    # glitter "still in my coffin", "I'll die single", affairs in order before a move.
    r"\bdie of old age (?:before|waiting|by the time|in (?:this|the|that) (?:queue|line))\b",
    r"\b(?:nearly|almost|practically|basically) (?:killed|kill) (?:myself|me) (?:tripping|falling|slipping|on (?:the|a|my) (?:stairs|ice|step|steps|hose|rug|toy|lego)|when i (?:tripped|fell|slipped)|getting (?:out|off|into|up))\b",  # noqa: E501
    r"\bkill(?:s|ing|ed)? (?:you|us|him|her|them) with (?:kisses|kindness|cuteness|love|hugs|compliments|sarcasm|questions|assignments|homework|paperwork)\b",  # noqa: E501
    r"\b(?:my|our) (?:feet|legs|arms|back|knees|voice|throat|brain|calves|thighs|abs|glutes|thumbs|ears) (?:is|are|was|were) (?:officially |literally |completely |totally |actually |now )?(?:dead|deceased|dying)\b",  # noqa: E501
    r"\b(?:finding|paying|paying off|hearing|smelling|singing|humming) (?!(?:\w+ ){0,4}?(?:peace|rest|relief|quiet|comfort|freedom|happiness|escape|sleep)\b)(?:\w+ ){0,4}(?:in|into|to|from) my (?:coffin|grave)\b|\btake (?:it|that|this|the secret|this secret|that secret) to my grave\b",  # noqa: E501
    r"\bdie (?:single|a spinster|an old maid|unmarried|a virgin)\b",
    # Affairs in order before a move, a trek or an operation; not "before my trip", which
    # can be a euphemism for dying.
    r"\b(?:affairs|things|paperwork) in order (?:before|for|ahead of) (?:the|my|our) (?:\w+ )?(?:move|house move|big move|wedding|new baby|deployment|posting|exams|new job|semester|term|trek|expedition|surgery|operation|sabbatical|gap year|emigration)\b",  # noqa: E501
    # 2026-11-24: a knife fetched for the roast, a head bumped by a clumsy cook; neither
    # is set aside when the same sentence turns it on a person or says it was meant.
    r"\b(?:got|gets|getting|took|takes|grabbed|grabs|fetched|pulled) (?:out )?(?:the|a|his|her|their|my) (?:big |sharp |good |carving |bread |kitchen |electric )?(?:knife|knives) (?:out )?(?:to|and|for) (?:carve|carved|carving|slice|sliced|slicing|cut|cutting|chop|chopping|do|sharpen|the) (?:up )?(?:the |some |a |into the )?(?:roast|turkey|chicken|ham|joint|beef|lamb|pork|bread|loaf|cake|meat|veg|vegetables|onions?|pie|pizza|watermelon|melon|pumpkin|carrots|potatoes|dinner|sunday lunch)\b(?![^.]*\b(?:at me|at us|to my|my throat|my neck|threat\w*|pointed|waved|kill|hurt|scared|afraid)\b)",  # noqa: E501
    # Doing something safely: "certified to cut trees down without killing myself".
    r"\b(?:certified|trained|qualified|learned|learnt|managed|able|how|allowed) to (?:\w+ ){1,5}without (?:killing|hurting|injuring|maiming|electrocuting) myself\b",  # noqa: E501
    # A family member's jest about a small thing: "my sister said she'll kill me if I
    # spoil the finale" (never about telling: "kill me if I tell" is a threat).
    rf"\b{_KIN}s? (?:\w+ ){{0,3}}?(?:kill|murder) me if i (?:spoil|ruin|miss|am late|forget|eat|touch|break|lose|wear|borrow|drink|finish|scratch|crash|dent|spill|(?:do not|dont) (?:come|call|ring|text|bring|tidy|clean|show up|turn up))\b",  # noqa: E501
    # Toy guns, games and stage fights (2026-11-24): "nerf guns", "hide and seek", a
    # "murder mystery" party, a prop knife.
    rf"\b(?:nerf|foam|toy|water|cap|bubble|laser|paintball|airsoft|glue|staple|nail|spray|hot glue) (?:guns?|pistols?|blasters?|rifles?)\b|\bsuper ?soakers?\b|\bfoam darts?\b|\b{_HID}\b[^.]{{0,60}}?\b{_HIDE_AND_SEEK}\b|\b{_HIDE_AND_SEEK}\b(?:[^.]{{0,60}}?\b{_HID})?|\bmurder mystery\b|\bprop (?:knife|knives|gun|guns|sword|dagger)\b|\bstage (?:combat|fight|fighting|punch|slap)\b",  # noqa: E501
    # An animal's or a thorn's scratch; clocking out for good at a retirement; tired of
    # existing as the family alarm clock (2026-11-24).
    r"\b(?:cat|cats|kitten|kitty|dog|puppy|pup|hamster|rabbit|bunny|parrot|bird|ferret|brambles?|roses?|rose bush|thorns?|blackberries|holly|baby|toddler) (?:\w+ )?(?:scratched|scratches|clawed|claws|bit|nipped) (?:up )?my (?:arm|arms|hand|hands|leg|legs|wrist|wrists|face|skin|ankles?)\b",  # noqa: E501
    r"\bclock (?:out|off) for good\b(?=[^.]*\b(?:retire|retiring|retirement|pension|years (?:at|with|of|in)|leaving do|last shift|new job)\b)|\b(?:retire|retiring|retirement|pension|last shift)\b[^.]*\bclock (?:out|off) for good\b",  # noqa: E501
    r"\b(?:tired|sick|exhausted) of (?:existing|living) as (?:a|an|the|their|his|her|everyones|the familys|the family) (?:human |personal |free |unpaid |family |live in |24 7 )?(?:alarm clock|alarm|taxi|taxi service|cab|uber|atm|cash machine|bank|chef|cook|maid|cleaner|butler|chauffeur|secretary|calendar|diary|lost property|search engine|dictionary|help desk|helpdesk|tech support)\b",  # noqa: E501
    r"\b(?:banged|bumped|hit|smacked|bashed|whacked|cracked) my (?:head|knee|knees|elbow|shin|shins|toe|toes|hip) (?:on|against|into) (?:the|a|that|this|my) (?:\w+ ){0,3}?(?:cupboard|cabinet|door|doorframe|door frame|shelf|beam|ceiling|car|table|desk|bed|bunk|stairs|step|wall|window|boot|tap)\b[^.]{0,50}\b(?:clumsy|klutz|by accident|accidentally|oops|ouch|not looking|wasnt looking|low|so tall)\b(?![^.]*\b(?:on purpose|deliberately|to feel|to punish|deserved|hate myself)\b)",  # noqa: E501
)

# "Genuinely thought I was going to die": an idiom only when the sentence or a neighbour
# is plainly light (a hot sauce challenge, a rollercoaster, laughter) and nothing makes it
# literal (a threat said, fear, a weapon: ``LITERAL_RULE``).
CONTEXT_IDIOM_RULES = (
    r"\b(?:i )?(?:genuinely |honestly |actually |really |literally |seriously |legit |properly |truly )?(?:thought|swear|swore) i (?:was going to|was about to|would|might|could) (?:actually |literally |genuinely |really )?die\b",  # noqa: E501
    r"\bi (?:am|was) (?:actually |literally |genuinely |really |so )?(?:going to|about to) die\b(?! (?:soon|tonight|tomorrow|one day|by|before|alone|if|when|and|anyway))",  # noqa: E501
)
# A short entry of repeated endings ("done. done. done.", "no point no point", "bye mum.
# bye dad. bye Jess.") reads as acute though no one sentence does. Read on the whole
# normalised entry of at most ``FRAGMENT_WORDS`` words, unless it is plainly about
# something finished or a boundary ("done with him").
FRAGMENT_WORDS = 20
FRAGMENT_RULE = r"\b(?:no point|whats the point|what is the point|done|finished|nothing left|can not do this|give up|goodbye|bye)\b"  # noqa: E501
FRAGMENT_CALM_RULE = r"\b(?:marathon|race|10k|5k|half marathon|pizza|done with|finished with|over with|so done|how done|washing|ironing|cleaning|folded|medal|deserve|cooked|baked|tidied|hoovered|vacuumed|gym|workout|exam|exams|finally|yay|woo|hooray|work|shift|essay|assignment|project|chores|laundry|dishes|holiday|weekend|game|level|season|song|lyrics|see you|see ya|later|tomorrow|soon|school|uni|flight|airport|train|trip|party|thank|thanks|love you|miss you already|haha|lol)\b"  # noqa: E501
LIGHT_RULE = r"\b(?:hot sauce|hot wings|spicy|spiciest|chilli|chillies|chili|chilis|pepper|peppers|wasabi|curry|vindaloo|challenge|rollercoaster|roller coaster|rollercoasters|theme park|ride|rides|bungee|zip line|zipline|skydive|skydiving|haunted house|horror film|hike|climb|spin class|workout|leg day|burpees|marathon|laughed|laughing|laugh|hilarious|funniest|so funny|cringe|10 10|would do again|worth it|never again|best day|karaoke|stage fright|presentation|first date|exam|exams|playlist|slaps|banger|album)\b"  # noqa: E501

# A threat tied to the writer telling someone or leaving ("he'll kill me if I tell anyone",
# Pidgin "my oga fit kill me if I talk") is how abuse keeps a person silent or in place:
# meant, whoever says it.
_SILENCED = r"(?:kill|murder|hurt) (?:me|us) if i (?:ever |even |try to |tried to )?(?:tell(?: (?:anyone|anybody|someone|a soul|the police|the cops|my family|people))?|talk|speak up|speak out|leave(?: (?:him|her|them|home))?|go to the police|call the police|call the cops|report (?:him|her|them|it)|open my mouth|say anything|say a word)(?: (?:about (?:it|this|what (?:he|she|they) did|what happened)|again|ever))?$"  # noqa: E501
# A threat about the journal itself is meant: "he'd kill me if he saw this", "my husband
# would kill me if he read my diary" (not "mum would kill me if she saw this mess").
_SEEN = r"(?:he|she|they|hed|shed|theyd|(?:my )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex))(?: would| d| will| ll)? (?:kill|murder|hurt) (?:me|us) if (?:he|she|they) (?:ever )?(?:saw|sees|found|finds|read|reads) (?:this|these|(?:this|my) (?:journal|diary|notes|messages|texts|phone|app|notebook))$"  # noqa: E501
# "Mum is going to kill me when she sees the car": read as an idiom unless the sentence
# also holds a word that makes it literal (a threat said, fear, a weapon).
THREAT_IDIOM_RULES = (
    r"\b(?:this|that|the|these|those|my|your|it|work|traffic|commute|heat|job|wait|suspense)\b(?! (?:husband|wife|boyfriend|girlfriend|partner|ex|bf|gf)s? (?:will|is going to|going to|gonna) kill me$)[^.]{0,25}\b(?:will|going to|gonna|is going to) kill me\b",  # noqa: E501
    # Said with nothing after it ("Mum's going to kill me."), a jest too, except "he, she,
    # they or a partner will kill me" and "my husband is going to kill me": read as meant.
    rf"\b(?!(?:he|she|they|wife|husband|girlfriend|boyfriend) will (?:kill|murder|strangle) (?:me|us)$|(?:hell|shell|theyll) (?:kill|murder|strangle) (?:me|us)$|(?:wife|husband|girlfriend|boyfriend|partner|ex)(?: is| s|s) (?:going to|gonna) (?:kill|murder|strangle) (?:me|us)$)(?:{_KIN}|(?:wife|husband|girlfriend|boyfriend|partner|ex)s?|she|he|they|shell|hell|theyll|shed|hed|theyd) (?:is |are |will |would |ll |d |s )?(?:going to |gonna |literally )?(?:absolutely )?(?:kill|murder|strangle) (?:me|us)\b(?= (?:when|if|for|once|after|because|lol|haha|hahaha|lmao)\b|$)",  # noqa: E501
    # The same with the wanting and trying verbs of the danger rules ("my brother is trying
    # to kill me with his cooking", Pidgin "my mama go kill me if I fail").
    rf"\b(?:{_KIN}|wife|husband|girlfriend|boyfriend|she|he|they|trainer|instructor|this|that|it) (?:wants to|wan|wan to|go|fit|is trying to|keeps trying to|trying to) kill (?:me|us)\b(?= (?:when|if|for|with|once|after|because|lol|haha|hahaha|lmao)\b)",  # noqa: E501
    rf"\b(?:{_KIN}|trainer|instructor) (?:wants to|wan|wan to|go|fit|is trying to|keeps trying to|trying to) kill (?:me|us)$",  # noqa: E501
    # "Ima strangle my brother, he used all the hot water": the writer's own jest.
    rf"\b(?:ima|imma|im gonna|im going to|i am going to|i will|ill|i could|i might|i swear ill|i swear i will|i am gonna) (?:actually |literally |honestly )?(?:strangle|throttle|murder|kill|choke|strangulate|smother) (?:my )?(?:{_KIN}|cousin|cousins|kids|son|daughter|husband|wife|partner|boyfriend|girlfriend|bf|gf|cat|dog|best friend|bestie)\b",  # noqa: E501
    # Not after Pidgin "dem wan" ("they want to"): "Dem wan kill me for this house" is meant.
    r"(?<!dem wan )(?<!dem dey wan )\b(?:kill|murder|strangle) (?:me|us|him|her) for (?:\w+ing|being late|that|this|it)\b",  # noqa: E501
)
LITERAL_RULE = rf"\b(?:(?:he|she|they|dem) (?:say|talk say)|said|says|told me|tells me|told us|texted|texts|messaged|wrote|warned|swore|swears|screamed|yelled|shouted|promised|meant it|means it|not joking|wasnt joking|was not joking|threat|threatened|threatens|scared|afraid|terrified|frightened|knife|gun|weapon|believe (?:him|her|them)|literally going|really going|actually going|hit|hits|beat|beats|choked|drunk|screaming|yelling|shouting|{_SILENCED}|{_SEEN})\b"  # noqa: E501
# Said in a neighbouring sentence, these make a threat said lightly ("he's going to kill
# me") literal: it is meant, or there is fear or help sought.
MEANT_RULE = r"\b(?:exaggerating|not joking|no joke|i mean it|mean it this time|i am serious|for real|seriously|shaking|hiding|police|999|911|000|112)\b"  # noqa: E501

# A wider net for suicidal thoughts said in words no pattern above expects ("I've lost the
# will to live", "death sounds peaceful"): a word about dying or being alive and a word
# of wanting or weariness in the same clause.
SOFT_DEATH_RULE = (
    r"\b(?:die|dying|died|dead|death|alive|live|living|exist|existing|wake up|waking up|not be here|not being here|be around|funeral|sleep forever|take me|ending everything|end everything|end it|ending it|suicide|suicidal|kill myself|killing myself|not here any more|gone for good)\b"  # noqa: E501
    r"(?! (?:in|at|by|with|near|on|abroad|together|room|costs?|up to|for (?:my|the|her|him|them)|music|stream|show|tv|again|more|to (?:the|a|my|his|her|their|school|work|hospital|clinic|see (?:the|a|my) (?:doctor|gp|nurse|therapist))))"  # noqa: E501
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
        "best before date|by date|expiration date|expiry date",
        "calling |calls |pulling at me |pulls at me ",
        "earth",
        "didnt th|havent th|not th|wasnt th",
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
        "without me",
        "care|miss|notice",
        "miss me",
        "wake up",
        "wake up",
        "want to wake up",
        "wake up",
        "autumn|christmas|long|my birthday|new year|next month|next year|spring|summer|the weekend|winter",  # noqa: E501
        "why am i ",
        "gone for good|no longer around|not around any more|out of the picture|six feet under",
        "would just stop|would stop",
        "being dead |death |dying |not being alive |not existing ",
        "need |want |wish ",
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
        "end me|hit me|hits me|kill me|ran me over|runs me over|take me|took me",
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
        "be over|end|finally|simply|stop",
        "alive",
        "stop being|stopped being",
        "if i ",
        "a favor|a favour",
        "my body |my breathing |my heart |my lungs ",
        "alive|around|here",
        "point",
        " never been born| never existed| never was born",
        "everything|existence|it all|life|this world",
        "alive|can not see me around|can not see me being around|can not see me being here|can not see me here|can not see me still around|can not see me still here|can not see myself around|can not see myself being around|can not see myself being here|can not see myself here|can not see myself still around|can not see myself still here|cant see|do not see me around|do not see me being around|do not see me being here|do not see me here|do not see me still around|do not see me still here|do not see myself around|do not see myself being around|do not see myself being here|do not see myself here|do not see myself still around|do not see myself still here|dont see me around|dont see me being around|dont see me being here|dont see me here|dont see me still around|dont see me still here|dont see myself around|dont see myself being around|dont see myself being here|dont see myself here|dont see myself still around|dont see myself still here|future|imagine|never see me around|never see me being around|never see me being here|never see me here|never see me still around|never see me still here|never see myself around|never see myself being around|never see myself being here|never see myself here|never see myself still around|never see myself still here|picture",  # noqa: E501
        "be alive|better not to be here|better not to live|better to be dead|better to die|better to not be here|better to not live|exist|wake up",  # noqa: E501
        "goodbye",
        "funeral",
        "waking up",
        "never come back|never coming back|sleep and ",
        "give up|giving up",
        "crashing |driving |my car |steering |swerving |the car |veering ",
        "in case i",
        "be wiped out|delete|erase|to be gone",
        "being alive|existing|life|living",
        "angry|annoyed|disappointed|gutted|sad i |sad that i |surprised|upset",
        "could end |just end |might end |should end |to end ",
        "heaven|the afterlife|the other side",
        "blessing|kindness|mercy|relief",
        "should",
        "call it a day|check out|clock out|log off|pack it in|throw in the towel",
        "d rather",
        "god|jesus|ready whenever|the lord|the universe",
        "comes off|crash|goes down|hits me|would hit me",
        "be missed",
        "another|past|through|till|to|until",
        "being alive",
        "best i|best that i |better i |better if i |better that i |easier|kinder",
        "no point|no reason",
        "slide|unalive|unaliving",
        "places with",
        "better if i |better when i |easier|more easy|simpler",
        "breathing|taking up space|wasting",
        "expect to |intend to |plan to ",
        "envious|envy|jealous",
        "envious|jealous",
        "people|the dead",
        "at peace|at rest|free now|in heaven|out of it",
        "it is the last time|its the last time|saying goodbye|this is the last time",
        "be coming back|be needing",
        "no point|no reason|to stay",
        "gift i c|present i c|thing i c",
        "for good|forever|once and for all|permanently",
        "how easy it",
        "by the time|to see |when ",
        "not ",
        "expect to |intend to |plan to ",
        "goodbye",
        "have of me",
        "are never going to see me again|is never going to see me again|ll never see me again|ll not see me again|wont see me again",  # noqa: E501
        "if anything|in case|whoever",
        "buried|cemetery|crash|dead|died|funeral|gone|grave|heaven|passed",
        "follow|join |joining ",
        "follow|join her|join him|join them|joining",
        "d died|long to be where he are now|long to be where he is now|long to be where she are now|long to be where she is now|long to be where they are now|long to be where they is now|longing to be where|need to be where he are now|need to be where he is now|need to be where she are now|need to be where she is now|need to be where they are now|need to be where they is now|want to be where he are|want to be where he is|want to be where she are|want to be where she is|want to be where they are|want to be where they is|wanted to be where he are|wanted to be where he is|wanted to be where she are|wanted to be where she is|wanted to be where they are|wanted to be where they is|wish to be where he are|wish to be where he is|wish to be where she are|wish to be where she is|wish to be where they are|wish to be where they is",  # noqa: E501
        "heaven|jesus|my maker|the lord|tired of|to go to god|to meet|to see god",
        "coming to|going to join |going to meet |i mean",
        " energy to | reason| strength to | will to |left to ",
        "ending |just end|of end |to end |towards end ",
        "best for |better for |easier for |gone for good|if i left for good|if i went for good|kinder for ",  # noqa: E501
        "woke up ",
        "hope i|hoping i|praying i|wishing i",
        "can not wait to die|plan my|planned my|planning|taking myself out",
        "for real|i mean it|meant it|no really|not a joke|not banter|not bantz|not joking|serious",
        "die",
        "alive|here|on earth",
        "end everything |end it |end my life |end things ",
        "be alive for any of|not going to be around for any of it|not going to be around for any of that|not going to be around for any of this|not going to be here for any of it|not going to be here for any of that|not going to be here for any of this|not intending|not meaning|not planning|will not be around for any of it|will not be around for any of that|will not be around for any of this|will not be here for any of it|will not be here for any of that|will not be here for any of this|wont be",  # noqa: E501
        "being alive thing|choose|funeral|memorial|my wake|photo|picture|service|the wake",
        "in case ",
        "envious of |envy of |jealous of ",
        "need any of it where i am going|need any of that where i am going|need any of this where i am going|need it where i am going|need that where i am going|need them where i am going|need this where i am going|needing",  # noqa: E501
        "hope a |hope that |hope the ",
        "birthday|chat|christmas|conversation|talk|visit",
        "run my course|tired of being",
        "mind if ",
        "arranged for|done for after i |done for when i |in order for|organised for|organized for|ready for|sorted for|tidy for",  # noqa: E501
        "be alive|be dead by|be gone by",
        "autumn|christmas|month|spring|summer|week|winter|year",
        "can not imagine myself|can not picture myself|can not see myself after|can not see myself alive|can not see myself beyond|can not see myself past|for after i am gone|for after i die|m dead|to remember me by",  # noqa: E501
        "casket|coffin|grave|ground|hearse|jealous",
        "do not plan |dont plan |expect |intend ",
        "escape|escaping|farewell|goodbye without saying it|last supper|leave|leaving|out of being alive|out of existing|out of life for good|out of living|out of this life",  # noqa: E501
        "chance to|gave away|give away|given away|giving away",
        "finished for good|gone for good|hope a|hope the|i am done for good|i am out for good|im done for good|im out for good",  # noqa: E501
        "before i do it|before i go through with it|whoever finds",
        "stick|to stop being",
        "entries|entry|one|page",
        "actually mind |dont mind |even mind |not mind |really mind |wouldnt mind ",
        "am not feeling safe|am not safe|do not feel safe",
        "not safe|plan is",
        "stop being",
        "body |one |thing ",
        "fine if i |glad if i |grateful if i |happy if i |ok if i |okay if i |relieved if i |thankful if i ",  # noqa: E501
        "di na|ko na|pakamatay",
    ),
    "plan_or_means": (
        "chemist|drugstores|pharmacies|pharmacys",
        "blades and |knife and |pills and |razors and |rope and |tablets and |vodka and ",
        "be needing |shant need |will not need |wont need ",
        "by a dead",
        "laying on the |lying on the |sat on the |sitting on the |standing on the |stood on the |waiting on the ",  # noqa: E501
        " in my hand| loaded|my lap",
        " in my mouth| to my temple| under my chin|my head",
        "downed |drank |drunk |swallowed ",
        "gas on",
        "garage ",
        "round my neck",
        "i wan jump",
        "downed|swallowed|taken|took",
        "i don",
        "emptied",
        "at once|in one go|in one hit",
        "engine|hose|motor |sealed the|tape over|taped",
        "in the car with",
        "in the garage",
        "not swimming back|swim back",
        "bottom",
        "deep in ",
        "coming in",
        "ledge|parapet|railing",
        "waiting for",
        " kicking in| taking hold",
        "garage",
        "bridge|cliff|edge|harbour wall|pier|quarry|railway|roof|tracks|viaduct",
        "the lot",
        "script|stash|supply",
        "be angry|blurry|do not tell|dont tell|goodbye|not wake up|sick now",
        "downed|drank|drinking|swallowed|taken|took",
        "bathroom|cabinet|cupboard|drawer|first aid box|medicine",
        "can get in |come in |could get in |find me |will be able to",
        "on my list|on the list|to do list",
        "either way|no matter how|suicide",
        "who find|whoever find",
        "counted |counting |held back |hid |hiding |hoarded |hoarding |holding back |keeping back |kept back |saved |saving |stashed |stashing |stockpiled |stockpiling ",  # noqa: E501
        "bought |buying |collected |collecting |getting |got |keeping |kept |stocked |stocking ",
        "bought |buying |collected |collecting |getting |got |keeping |kept |stocked |stocking ",
        "expired |left over |leftover |old |unfinished |unused ",
        "down |downed |downing |swallow|take |taken |taking |took ",
        "od ing|od on|overdose|overdosing",
        " hidden| put aside| put away| saved| stashed| stockpiled",
        "take them all at once|take them all in one go|take them all together|take them all tonight",  # noqa: E501
        "a date|the date",
        "how i am going to do it|how i could do it|how i d do it|how i do it|how i id do it|how i will do it|how i would do it|how id",  # noqa: E501
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
        "away all my|away my|iving|my belongings away|my possessions away|my stuff away|my things away",  # noqa: E501
        "go through with it",
        "running",
        "looked|looking|stared|staring|watched|watching",
        "to find",
        "antidepressants|benzos|capsules|codeine|insulin|lithium|medication|meds|opioids|oxy|painkillers|paracetamol|pills|prescription|sertraline|sleeping|tablets|tylenol|xanax",
        "ready",
        "which balcony|which bridge|which building|which car park|which cliff|which flyover|which multistorey|which overpass|which quarry|which roof|which station|which tower|which train|which viaduct",  # noqa: E501
        "how deep |how far |how high |how tall ",
        "do it",
        "keep looking at it|thinking about it",
        "all i need to do it|all i need to end it|all i need to go through with it|everything i need to",  # noqa: E501
        "count|laid out |lined up |set out ",
        "carbon monoxide|exhaust pipe|hosepipe in the car",
        "my throat|my wrist",
        "drown",
        "chose|decided|picked|set",
        "load |loaded |loading ",
        "swallow",
        "enough",
        "be fatal|be lethal|bleed out|it would take to|to die|to drown|to overdose|would kill",
        "know where",
        "letter|message|note|photos|playlist|recording|slideshow|songs|video",
        "tied a|tied knot|tied loop|tied noose",
        "easiest |easy |painless |peaceful |quick",
        "affairs in order|tidying up before",
        "antidepressants|benzos|bridge|capsules|codeine|gun|insulin|lithium|medication|meds|opioids|oxy|painkillers|paracetamol|pills|prescription|rope|sertraline|sleeping|tablets|train|tylenol|xanax",
        "exhaust",
        "edge of |floor of |roof of |top of ",
        "drop of |height|how far down|how high|the drop",
        "do it|end it|end things|go",
        "gave away|give away|given away|giving away",
        "explaining why|goodbye|so they know why|sorry|why i",
        "balconies|balcony|bridge|building|car park|cliff|platform|roof",
        "a different |a second |a third |another ",
        "hanging |hung |leaned |leaning |lent |looked |looking |stared |staring ",
        "should go to|who gets",
        "date is",
        "how many",
        "chemists|pharmacies|shops|supermarkets",
        "enough",
        "life insurance",
        "that is the place|that is the spot|that is where|thats",
        "to end",
        "chose|decided on one|methods|picked|settled on one",
        "that is the day|that is the night|that is when|thats",
        " to end|best way to go|easiest way to go|not for protection|painless way to go|quickest way to go|reliable way to go|surest way to go",  # noqa: E501
        "from a few |from different |from five |from four |from multiple |from separate |from several |from three |from two |from various ",  # noqa: E501
        "friday is |monday is |saturday is |sunday is |thursday is |today is |tomorrow is |tonight is |tuesday is |wednesday is ",  # noqa: E501
    ),
    "self_harm": (
        "bashed |punched |slammed |smashed ",
        "my head ",
        "burned |burning |burnt |scalded |scalding ",
        "deliberately|on purpose",
        "blood|s gushing|s pumping|s spurting",
        "bleeding through",
        "cut really deep|cut so deep|cut very deep|cut way deep|too deep",
        "cut deeper than|cut too deep",
        "batter me|beat me|hit me|hurt me|kill me|stab me",
        "lights off|with my eyes closed",
        "something sharp",
        "burns |cuts |marks |scars |scratches ",
        "cut ako|cut myself up|cut up myself|laslas ako|na naman|sinugatan ko|sugat ako",
        "self harm|self hurt|self injure|self injuring|self injury",
        " my self| myself",
        "burned |burning |burnt |carve|carving |cut |cuts |cutting |scratched |scratching |slashed |slashing ",  # noqa: E501
        "blade|compass|lighter|razor|sharpener",
        "arms|blades|bruises|burns|cuts|marks|razors|scars|wrists",
        "clean|relapse|relapsing|slipped",
        "craving|itch to |need to |urge to |urges to ",
        "burning myself|cutting|hurting myself",
        "make myself bleed",
        "bang my |banged my |banging my |bashed my |bashing my |hit my |hitting my |punched my |punching my |slammed my |slamming my |smacked my |smacking my |smashed my |smashing my ",  # noqa: E501
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
        "burns |cuts |scratches |wounds ",
        "bit my|bite my|biting my|bitten my|my own |myself on the own ",
        "bruises|burns|cuts|marks|scars|scratches|wounds",
        "coffee|oil on my |oil over my |onto my |tea on my |tea over my |water",
        "blade in|compass in|knife in|nail in|nails in|needle in|pen in|pin in|scissors in",
        "bruises|burns|lines|marks|my cuts|scars|scratches|the cuts",
        "my arms|my cuts|my scars|my thighs|my wrists",
        " my own ",
        "burns|marks|my arms|my cuts|scars|the arms|the cuts|thighs|wrists",
        "be seen|cant show|dont show|not show|wont show",
        "burns|fresh cuts|last nights cuts|new cuts|recent cuts|todays cuts|yesterdays cuts",
        "cut after|cut again after|self harm",
        "blade|burning myself|cut again|cut myself|cutting|hurting myself",
        "bleeding again|burns|cuts|fresh again|marks|new again|open again|scars",
        "burns|fresh cuts|marks|more cuts|new cuts",
        "because i deserve|punish",
        "did the bruises|did the burns|did the cuts|did the marks|scratch|the cat",
        "my head ",
    ),
    "danger_now": (
        "are next|i am next|ill be next|im next|s next|were next|youre next",
        "are next|i am next|im next|were next|youre next",
        "children|families|family|kids|mother|mum|parents",
        "be with |go with |sex with |sleep with ",
        "a dead ",
        "poured |pouring |splashed |splashing |threw |throwing |thrown ",
        " again| back",
        "messaged|said|saying|says|texted|threatened|threatening|told me|voice",
        "drive|driving |drove |sped off |speeding off |took off ",
        "is dragging |is pulling |is taking |tries to |trying |wants to ",
        "children |families |family |kids |mother |parents |people ",
        "order",
        "in the house|inside",
        "hide|hiding|in the wardrobe|locked|under",
        "koboko",
        "banging|bashing|hammering|kicking|pounding",
        "pay if",
        "debt|i owe|if i run|if we run|leave|lock us|locked|not allowed out|owe her|owe him|owe them|we owe",  # noqa: E501
        "me inna |mi in",
        "hit me|hits me|pinched me|pinches me|pushed me|pushes me|shoved me|shoves me|slapped me|slaps me|smacked me|smacks me",  # noqa: E501
        "has taken my |keeps my |takes my |took my ",
        "door|gate|window",
        "a man|a stranger|an intruder|somebody|someone",
        "m allowed to ",
        "ditch|grave|ground|in a body|in a box|in a coffin|in a wooden box",
        "family |his mom |his mother |his mum |in laws |parents ",
        "papatayin",
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
        "choke|hurt me|hurt us|kill me|kill us|strangle",
        "bfs going to |boyfriends going to |exs going to |gfs going to |girlfriends going to |gonna |husbands going to |partners going to |wifes going to ",  # noqa: E501
        " kill me| kill my| kill the| kill us",
        "figured out where|find out where|found out where|knows where",
        " are on her way| are on his way| are on the way| are on their way| is on her way| is on his way| is on the way| is on their way",  # noqa: E501
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
        "be sorry|burn it down|burn the|bury me|bury my body|finish me off|make me pay|make sure i never|put me in|regret",  # noqa: E501
        "ever find |will find |would find ",
        "showed me",
        "car at me|drove at me|swerved at me|tried to run",
        "watching",
        "broke|kicked in|put a brick through|smashed",
        "afraid|frightened|scared|terrified",
        "grabbed|gripped|pulled|squeezed|twisted|yanked",
        "bury you|destroy you|end you|find you|finish you|get you|hurt you|kill you",
        "i know where you are|i know where you live|i know where you sleep|i know where you work",
        "better watch|d find|d regret|ever born|ever find|lesson|not see morning|not see the morning|rather|sleep with one eye open|will find|wont see|worse",  # noqa: E501
        "accidents|bother locking|warning",
        "alive|breathing|on earth",
        "hide from me|ill find|taking the|try it and see what happens",
        "threaten",
        "coming",
        "am not feeling safe|am not safe|do not feel safe",
        "be next|i am next|you are next|youre next",
        "attacking |bashing |battering |beating |choking |hitting |kicking |punching |strangling ",
    ),
    "idioms": (
        "send ",
        " killing me",
        "be the death of me",
        "kill me|killed me|killing me|kills me|me softly",
        "kill it|killed it|killing it",
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
        "killing",
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
        "laugh",
        "suicide",
        "choke |choking |smother|suffocate |suffocating ",
        "i could cry|i could die|i could just cry|i could just die|scream",
        "dead to the world|give my right arm|heart attack when|swallow me",
        "am going to kill|could kill|killed|ll kill|murder|strangle|throttle",
        "me want to die",
        "awkward |cringe|embarrassed |embarrassing |knock |mortified ",
        "die for|shot down",
        "one more call|one more day|one more email|one more episode|one more meeting|one more minute|one more time",  # noqa: E501
        "d kill for",
        "a goner|dead|deceased|die|dying",
        "dead ",
        "killed|killer|murderer",
        "broke |destroyed |destroys |finished |killed |kills |murdered |obliterated |ruined |wrecked |wrecks ",  # noqa: E501
        "corpse|ghost of myself|walking|zombie",
        "dead |die |died |dying |extra lives|game over|killed |lost a life|one life left|respawn",
        "demolish |destroy |devour |kill |murder ",
        "came off|crashed|fell down|fell in|fell off|fell on|fell over|fell up|slipped|stumbled|tripped",  # noqa: E501
        "burned my |burnt my |cut my |grazed my |nicked my |open my |scalded my |sliced my ",
        "to death",
        "can die|d die|ill die",
        "a bit |a little |a tiny bit |slightly ",
        "swallow ",
        "could eat a",
        "sleep for",
        "disappear for",
        "be a person |be alive |be awake |be human |exist |function |talk to anyone |wake up ",
        "wake me up|wake up|wake us up",
        "care if i |care that i |miss me|notice",
        "and never come back",
        "actually die|going to die|gonna die|literally die|ll die",
        "sleep for",
        "burned|burnt",
        "hurt myself ",
        "bit my|bit the inside of my|caught my |paper|pierced|piercing|slammed my |splinter|stubbed",  # noqa: E501
        "unalive",
        "send ",
        "from self harm",
        "self harm |suicide ",
        "blister pack|days of the week box|dosette|naloxone|narcan|overdose|pill box|pill dispenser|pill organiser|pill organizer|pill reminder",  # noqa: E501
        "boss fight|checkpoint|extra lives|final boss|my avatar|my character|platformer|respawn|speedrun|video game",  # noqa: E501
        "can lid|cheese grater|mandoline|sunburn|the knife slipped|tin lid",
        "medication|medicines|meds back to the |meds to the |pills|tablets",
        "goodbye",
        "die if i |die unless i ",
        " kill myself",
        "death wish",
        "shot myself in the foot",
        "od d on |odd on |overdosed on |overdosing on ",
        "beat |beating |beats |thrashed |thrashing ",
        "bloodbath",
        "trying to ",
        "kill |murder |strangle ",
        "to die",
        "suicide",
        "glared at me like |glares at me like |glaring at me like |looked at me like |looking at me like |looks at me like |stared at me like |stares at me like ",  # noqa: E501
        "jump off|throw myself|walk into the sea",
        " on life support",
        "death by",
        "die die|enjoy die|fine die|sharp die|sweet die|tasty die",
        "dead from |dead of |dead with |die from |die of |die with |died from |died of |died with |dying",  # noqa: E501
        "killed |murdered |slayed ",
        "destroyed me|finished me|killed me|murdered me",
        "brain cell|my dignity |my ego |my pride |my reputation |my self respect |my social life ",
        "academically dead|deceased|departed|officially dead|socially dead|spiritually dead",
        "buried",
        "shoot me now",
        "die of old age",
        "kill me |kill myself |killed",
        "kill |killed |killing |kills ",
        "ead|eceased|ying",
        "my coffin|my grave",
        "die a|die single|die unmarried",
        "in order",
        "knife |knives ",
        "without electrocuting myself|without hurting myself|without injuring myself|without killing myself|without maiming myself",  # noqa: E501
        "kill me if i |murder me if i ",
        "blaster|foam dart|gun|hide an|hide n seek|murder mystery|pistol|prop dagger|prop knife|prop knives|prop sword|rifle|soaker|stage",  # noqa: E501
        "bit my |bit up my |clawed|claws|nipped|scratched|scratches",
        "clock",
        "of existing as |of living as ",
        "banged my |bashed my |bumped my |cracked my |hit my |smacked my |whacked my ",
    ),
    "soft_death": (
        "be around|dead|death|die|dying|end it|ending it|everything|exist|funeral|gone for good|kill myself|killing myself|live|living|not be here|not being here|not here any more|sleep forever|suicidal|suicide|take me|wake up|waking up",  # noqa: E501
    ),
    "soft_wish": (
        "asked god|better off|better without|can not keep|cant keep|crave|craving|done with|easier|enough|feel like|feels like|fine without|hope|hoping|how much longer|longing|lost the will|peaceful|point|pray|ready|relief|scare|sick of|think about|thinking|thought about|tired of|want|will to|wish",  # noqa: E501
    ),
    "soft_calm": ("alive",),
    "threat_idioms": (
        "kill me",
        "kill me|kill us|murder|strangle",
        "kill me|kill us|to kill",
        "kill me|kill us|to kill",
        "choke |kill |murder |smother |strangle |strangulate |throttle ",
        "kill her for |kill him for |kill me for |kill us for |murder|strangle",
    ),
    "literal": (
        " hurt | kill |actually going|afraid|beat|believe|choked|dem say|drunk|frightened|gun|he say|hit|hurt me if i |hurt us if i |joking|kill me if i |kill us if i |knife|literally going|means it|meant it|messaged|murder |promised|really going|said|says|scared|screamed|screaming|shouted|shouting|swears|swore|talk say|tells me|terrified|texted|texts|they say|threat|told me|told us|warned|weapon|wrote|yelled|yelling",  # noqa: E501
    ),
    "context_idioms": (
        "swear i|swore i|thought i",
        "to die",
    ),
    "light": (
        "10 10|album|banger|best day|bungee|burpees|challenge|chili|chilli|climb|coaster|cringe|curry|exam|first date|funniest|haunted house|hike|hilarious|horror film|hot sauce|hot wings|karaoke|laugh|leg day|marathon|never again|pepper|playlist|presentation|ride|skydive|skydiving|slaps|so funny|spiciest|spicy|spin class|stage fright|theme park|vindaloo|wasabi|workout|worth it|would do again|zip line|zipline",  # noqa: E501
    ),
}

COMPILED = {kind: Rules(rules, GATES[kind]) for kind, rules in RULES.items()}
IDIOMS = Rules(IDIOM_RULES, GATES["idioms"])
SOFT_DEATH = Rules((SOFT_DEATH_RULE,), GATES["soft_death"])
SOFT_WISH = Rules((SOFT_WISH_RULE,), GATES["soft_wish"])
SOFT_CALM = Rules((SOFT_CALM_RULE,), GATES["soft_calm"])
CONTEXT_IDIOMS = Rules(CONTEXT_IDIOM_RULES, GATES["context_idioms"])
LIGHT = Rules((LIGHT_RULE,), GATES["light"])
THREAT_IDIOMS = Rules(THREAT_IDIOM_RULES, GATES["threat_idioms"])
LITERAL = Rules((LITERAL_RULE,), GATES["literal"])
