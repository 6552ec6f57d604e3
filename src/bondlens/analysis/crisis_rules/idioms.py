"""Idioms blanked before the rules run, and what tells a jest from a threat that is meant.

Also the wider nets that read a clause or a short entry as a whole (soft death and wish
words, repeated endings).
"""

from __future__ import annotations

from bondlens.analysis.crisis_rules.words import HID, HIDE_AND_SEEK, KIN, PILLS

# "Send help": part of the joke when said after an idiom in the same sentence
# ("overdosed on cookies again, send help"; read once an idiom has been blanked out) or
# followed by a laugh ("send help lol", an idiom of its own below).
PLEA_RULE = r"\b(?:(?:some|any)(?:one|body) |pls |please )?send (?:help|backup|reinforcements)\b"

# A way of dying said as a jest (see the "one more" rules below).
_WAY = r"(?:hang myself|throw myself (?:off|into|in front of|under) (?:a|the) \w+|jump(?:ing)? off (?:a|the) \w+|walk(?:ing)? into (?:the )?(?:sea|ocean|river|lake)|end it all|die|kill myself|drive into (?:a|the) \w+)"  # noqa: E501
# What keeps such an "if" meant: a person acting on the writer, or the writer's own life.
_NOT_IF = r"(?:he|she|they|him|her|them|someone|somebody|anyone|anybody|my (?:husband|wife|partner|boyfriend|girlfriend|ex|stepdad|stepfather)|i (?!have to (?:hear|see|sit|watch|listen|read|explain|answer|deal with|do)\b))\b"  # noqa: E501
_HURTFUL = r"\b(?:hit|hits|hurt|hurts|touch|touches|touched|beat|beats|yell|yells|scream|screams|choke|chokes|grab|grabs|rape|rapes|threaten|threatens|kick|kicks|shove|shoves|push|pushes|slap|slaps|punch|punches|lay a hand|lays a hand|comes near|leave|leaves|left|dump|dumps|cheat|cheats|pain|voices|nightmare|nightmares|flashback|flashbacks|panic|debt|debts|bailiff|bailiffs|court|custody|diagnosis|results|scan|relapse|drink|drinking|fail|fails|failed|lose|lost|wake up|wake|alive|here|burden|worthless|useless|like this|of this|this life|feel like|feeling|living|life)\b"  # noqa: E501
# "I'm going to walk into the sea", and the "if" that follows it in a jest.
_JEST_WAY = rf"\b(?:going to|gonna|about to|ready to|will|ll|ill|i am)(?: literally| actually| just| honestly| seriously)? {_WAY}\b"  # noqa: E501
_JEST_IF = rf"[^.]{{0,15}}\bif (?!{_NOT_IF})(?![^.]*{_HURTFUL})[^.]{{0,50}}"

# An everyday task that an accident happened in: "cut myself while chopping onions",
# "burnt myself when I was getting the tray out". A bare "when" or "while" is not one: "I
# cut myself when I'm upset" and "while everyone was asleep" are self-harm.
_WHILE_DOING = r"(?:when|while) (?:i was |i am |)(?:shaving|cooking|chopping|gardening|slicing|opening|peeling|cutting|carving|making|washing|doing|fixing|working|trimming|pruning|baking|ironing|taking|getting|grabbing|lighting|using|lifting|skiing|playing|running|training|climbing|cycling|riding|moving|carrying|dancing|exercising|reaching|unpacking|sharpening|grating|sawing|drilling|building|painting|cleaning|tidying|handling|holding|putting|pulling|picking|emptying|loading|unloading|camping|fishing|hiking|walking)\b"  # noqa: E501

# A neighbour that asks for something else ("Send help. Send coffee. Send a nanny."): the
# plea beside it is part of the joke (see ``crisis_context.light_flags``).
SEND_MORE_RULE = r"^(?:and |also |actually |or |then |just )?(?:pls |please )?send (?:me |us )?(?:a |an |some |more |the |all the )?(?!(?:help|police|cops|ambulance|an ambulance|paramedics|someone|anyone|somebody|backup|the police)\b)\w+"  # noqa: E501

# Everyday idioms: blanked out before the rules run.
IDIOM_RULES = (
    PLEA_RULE
    + r"(?= (?:pls |please )?(?:lol|lmao\w*|haha\w*|rofl|xd|jk|not really|kidding|only joking|joking)\b)",  # noqa: E501
    r"\b(?:is|are|was|were|its|it is|it was|keeps|kept|been|be|am|is really|are really|are literally|is literally|literally) killing me\b",  # noqa: E501
    r"\b(?:this|that|the|these|those|my|your|it|work|traffic|commute|heat|job|wait|suspense)\b(?! (?:husband|wife|boyfriend|girlfriend|partner|ex|bf|gf)s? (?:will|is going to|going to|gonna) kill me$)[^.]{0,25}\b(?:will|going to|gonna|is going to) be the death of me\b",  # noqa: E501
    r"\bkill(?:s|ing|ed)? me (?:with|softly|now)\b",
    r"\bkilled it\b|\bkilling it\b|\bkill it (?:at|on|in|today|tonight)\b",
    r"\bkill (?:some |the )?time\b|\bkill two birds\b",
    r"\bkill the (?:lights|mood|vibe|engine)\b",
    r"\bdying (?:to|for)\b|\b(?:is|was|were|are|be|looks?|looked|tastes?|tasted|smells?|smelled|absolutely|simply|just|totally) to die for\b|\bto die for$|(?<!to )\bdie for (?:a|some)\b",  # noqa: E501
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
    r"\b(?:bored|scared|frightened|tickled|worried|sick|loved?|love you|laughed|freezing|starving(?= to death (?!(?:is|as) (?:the|my|a) plan))) (?:me |you |him |her |us )?to death\b",  # noqa: E501
    r"\bstarving\b(?! myself)(?!(?: to death)? (?:is|as) (?:the|my|a) plan)",
    r"\bshoot (?:me|us|him|her) (?:a|an) (?:text|message|email|line|dm|note|call)\b|\bshoot (?:for|the breeze)\b|\bphoto ?shoot\b|\bshoot myself in the foot\b",  # noqa: E501
    r"\b(?:career|social|political|commercial|financial|fashion|style|professional|electoral|academic|dating) suicide\b|\bsuicide (?:squad|doors?|run|runs|drills?|sprints?|sauce|wings|king|mission)\b",  # noqa: E501
    r"\bcut (?:myself|me) (?:some |a little |a bit of )?slack\b|\bcut (?:myself|me) (?:a|some|another) (?:slice|piece|break|deal)\b",  # noqa: E501
    rf"(?<!going to )(?<!gonna )(?<!want to )(?<!wanna )(?<!need to )(?<!will )(?<!ll )\bcut myself (?:shaving|cooking|chopping|gardening|on (?:a|the|some|my)|by accident|accidentally|slicing|opening|{_WHILE_DOING})\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    rf"(?<!going to )(?<!gonna )(?<!want to )(?<!wanna )(?<!need to )(?<!will )(?<!ll )\bburn(?:ed|t)? myself (?:on (?:the|a|some)|cooking|ironing|by accident|accidentally|{_WHILE_DOING}|with the (?:kettle|iron|pan|oven))\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    rf"\bhurt myself (?:at the gym|lifting|skiing|playing|running|falling|tripping|by accident|accidentally|{_WHILE_DOING}|when i (?:fell|tripped|slipped)|on (?:the|a) (?:stairs|ice|trampoline))\b",  # noqa: E501
    r"\b(?:beat|beating) myself up\b|\b(?:kick|kicking|kicked) myself(?: up)?\b",
    r"(?<!about )(?<!of )(?<!considered )(?<!considering )(?<!planning )(?<!want to be )\bkilling (?:myself|himself|herself|themselves|yourself) (?:at|over|for|with|trying|to (?:finish|get|make|meet|keep|pay|please))\b",  # noqa: E501
    r"\b(?:hit|banged|bumped|bashed|smacked) my (?:head|knee|elbow|toe|shin|arm) (?:on|against|getting)\b(?![^.]*\b(?:over and over|again and again|until|till|til|on purpose|deliberately|repeatedly|to feel|to punish|as hard as)\b)",  # noqa: E501
    r"\b(?:choked|choking|choke) (?:on|up|during|in|at)\b|\bchoked\b(?= (?:again|under pressure))",
    r"\bburn(?:ing|ed|t)? (?:out|the candle)\b|\bburnt out\b",
    r"\bburn(?:ing|ed|t)? (?:myself|me|yourself|ourselves) out\b",
    r"\bcross that bridge\b|\bburn(?:ed|t|ing)? (?:my|our|that|the) bridges?\b|\bbridge the gap\b|\bwater under the bridge\b",  # noqa: E501
    r"\bif (?:all )?(?:your friends|everyone|they|he|she) jumped off a (?:bridge|cliff)\b",
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
    r"\bdead to the world\b|\bgive my right arm\b|\bground (?:to )?swallow me\b(?! (?:for real|forever|for ever|for good|permanently|and never|and not|and keep)\b)|\bheart attack when\b",  # noqa: E501
    r"\bi (?:(?:could|will|am going to|ll) (?:strangle|kill|murder|throttle)|(?:could|would) (?:have|of) (?:throttled|strangled|killed|murdered)) (?:him|her|them|the (?:cat|dog|kids|printer|neighbours)|my (?:brother|sister|mum|mom|dad|boss|husband|wife|partner|kids|son|daughter|cat|dog|flatmate))\b(?! (?:and|then) (?:myself|me))",  # noqa: E501
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
    r"\b(?:died|dying|die|dead|killed|got killed|keep dying|kept dying) (?:to|on|in|at) (?:the |that |this |a )?(?:same )?(?:boss|final boss|level|last level|round|raid|dungeon|map|match|ranked match|game|lobby|checkpoint|zombies|creeper|sniper|minecraft|fortnite|elden ring|dark souls|mario kart)\b|\b(?<!of )(?<!no )(?<!could )(?:respawn|respawned|respawning|game over(?! (?:for me|for real|for good|forever|for ever|on my life|on life)\b)|extra lives|lost a life|one life left)\b",  # noqa: E501
    # "I could murder a curry"
    r"\b(?:could|would|id|i would|i could) (?:murder|demolish|destroy|kill|devour) (?:a|an|some|the|another) (?:\w+ )?(?:pizza|curry|burger|kebab|pint|coffee|cuppa|tea|sandwich|takeaway|chippy|chips|cake|beer|drink|bacon|roast|fry up|steak|pasta|ice cream|biscuit|doughnut|donut|brew|wine|glass)\b",  # noqa: E501
    # accidents: "tripped over the dog and cut my knee", "burnt my hand on the oven tray"
    r"\b(?:tripped|slipped|stumbled|fell (?:over|off|down|on|onto|into|in|up)|came off (?:my|the) (?:bike|scooter|board|horse)|crashed (?:my|the) bike)\b[^.]{0,60}?\b(?:cut|grazed|scraped|skinned|bruised|burned|burnt|banged|bashed|split|twisted|sprained|hurt|bust|busted) (?:open )?my (?:knee|knees|shin|shins|elbow|elbows|hand|hands|finger|fingers|thumb|toe|toes|chin|lip|head|ankle|palm|palms|leg|legs|forehead|nose|hip|bum|back)\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    r"(?<!deliberately )(?<!purposely )(?<!intentionally )\b(?:cut|sliced|nicked|burned|burnt|scalded|grazed) (?:open )?my (?:finger|fingers|thumb|hand|fingertip|knuckle|palm|tongue|mouth) (?:\w+ ){0,3}?(?:chopping|slicing|cooking|peeling|baking|opening|grating|on (?:a|the) (?:knife|tin|can|mandoline|grater|glass|oven|pan|tray|hob|stove|kettle|iron|toaster|paper|pizza)|with (?:a|the) (?:knife|peeler|grater|tin|kettle|iron)|taking|getting|grabbing)\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    # "frozen to death", "I'd die happy if I saw the northern lights", "died a little inside",
    # "the sofa could swallow me whole", "I could eat a horse", "sleep for a week"
    r"\b(?:frozen|froze|freezing|bored|boring|worked|working|worried|cold|tired) (?:me |you |him |her |us )?(?:half )?to death\b",  # noqa: E501
    # ... unless what would make them happy is not being here ("if I never woke up")
    r"\b(?:d|id|would|could|will|ill|can) die (?:a )?happ(?:y|ier)(?: now)? (?:if|when|once|after)\b(?! (?:i|it|this|everything|all (?:this|of this)|my life)\b[^.]{0,30}\b(?:wake|woke|waking|end|ended|ends|ending|over|gone|here|exist|existed|existing|alive|die|died|dead|sleep forever|disappear|disappeared|stop|stopped|stops)\b)",  # noqa: E501
    r"\b(?:died|die|dying) (?:a little|a bit|slightly|a tiny bit|a little bit) (?:inside|of embarrassment)\b",  # noqa: E501
    r"\b(?:ground|floor|sofa|couch|bed|earth|duvet|hole) (?:to |could |would |should |just )?(?:open up and )?swallow (?:me|us)(?: whole| up)?\b(?! (?:for real|forever|for ever|for good|permanently|and never|and not|and keep)\b)",  # noqa: E501
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
    r"(?<!deliberately )(?<!purposely )(?<!intentionally )\bburn(?:ed|t) (?:my|the back of my) (?:\w+ ){0,2}on (?:the|a|my) (?:oven|stove|hob|iron|kettle|pan|tray|oven rack|oven door|grill|toaster|radiator|exhaust|bbq|barbecue|hair straighteners|straighteners|curling iron|campfire|fire|candle)\b(?![^.]{0,30}\b(?:on purpose|deliberately|again|over and over|to feel|meant to)\b)",  # noqa: E501
    r"\bhurt myself (?:moving|lifting|carrying|playing|running|training|climbing|skating|skiing|cycling|falling|slipping|tripping|gardening|at (?:the gym|football|work|netball|rugby|training|the match|soccer))\b",  # noqa: E501
    r"\b(?:paper ?cut|papercut|(?:pierced|piercing)(?! (?:my|the) (?:own )?(?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach)| myself)|stubbed(?! (?:a |the |my )?(?:cigarette|fag|joint|cig|lighter))|slammed my (?:\w+ )?in|caught my (?:\w+ )?in|bit (?:the inside of )?my (?:tongue|cheek|lip)|splinter)\b(?![^.]{0,40}\b(?:on purpose|deliberately|to feel|to punish)\b)",  # noqa: E501
    r"\bunalive (?:kill )?(?:my|the|this|that|his|her|their|your) (?!self\b)\w+",
    # Plea as a joke, with what is asked for: "send help and snacks", "send help, or at
    # least a blanket".
    PLEA_RULE
    + r"(?= (?:and|or|with)? ?(?:at least )?(?:a |some |more )?(?:snacks|coffee|wine|chocolate|tea|blanket|food|pizza|cake|caffeine|biscuits|sugar|memes|money|cash|nanny|babysitter|cleaner|new coach|protein shake|gin|beer|prosecco|ice cream|crisps|chips|doughnuts|donuts|nap|earplugs|tissues)\b)",  # noqa: E501
    # Words of care and of work: a friend "in recovery from self harm", "suicide
    # prevention training", "the naloxone overdose kit", a pill organiser.
    r"\b(?:my|her|his|our|their|a) (?:friend|best friend|sister|brother|cousin|son|daughter|partner|client|patient|colleague|mate|niece|nephew)\b (?:has been |is |was )?(?:in recovery|recovering|clean|free) from self harm\b",  # noqa: E501
    r"\b(?:suicide|self harm) (?:prevention|awareness|risk assessment|risk assessments|risk form|training|first aid|research|statistics|policy|protocol|module|course|workshop|charity|fundraiser)\b",  # noqa: E501
    r"\b(?:naloxone|narcan)\b|\boverdose (?:kit|kits|training|awareness|reversal)\b|\bpill (?:organiser|organizer|box|reminder|dispenser)\b(?! into (?:me|myself|my mouth))|\b(?:days of the week box|dosette|blister pack)\b",  # noqa: E501
    # In a game: "threw myself off the same cliff in the platformer".
    r"\b(?<!of )(?<!no )(?<!could )(?:platformer|video game|boss fight|respawn|respawned|respawning|checkpoint|speedrun|my character|my avatar|final boss|extra lives)\b",  # noqa: E501
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
    r"\b(?:it|he|she|they|you|that|this|thing|things|the \w+|that \w+|this \w+|my (?:\w+ )?\w+) (?:has|have|had|got|must have|has got|s got) (?:a |an )?(?:actual |real |serious |total |literal |proper )?death wish\b",  # noqa: E501
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
    rf"\b{KIN}s? (?:\w+ ){{0,3}}?(?:kill|murder) me if i (?:spoil|ruin|miss|am late|forget|eat|touch|break|lose|wear|borrow|drink|finish|scratch|crash|dent|spill|(?:do not|dont) (?:come|call|ring|text|bring|tidy|clean|show up|turn up))\b",  # noqa: E501
    # Toy guns, games and stage fights (2026-11-24): "nerf guns", "hide and seek", a
    # "murder mystery" party, a prop knife.
    rf"\b(?:nerf|foam|toy|water|cap|bubble|laser|paintball|airsoft|glue|staple|nail|spray|hot glue) (?:guns?|pistols?|blasters?|rifles?)\b|\bsuper ?soakers?\b|\bfoam darts?\b|\b{HID}\b[^.]{{0,60}}?\b{HIDE_AND_SEEK}\b|\b{HIDE_AND_SEEK}\b(?:[^.]{{0,60}}?\b{HID})?|\bmurder mystery\b|\bprop (?:knife|knives|gun|guns|sword|dagger)\b|\bstage (?:combat|fight|fighting|punch|slap)\b",  # noqa: E501
    # An animal's or a thorn's scratch; clocking out for good at a retirement; tired of
    # existing as the family alarm clock (2026-11-24).
    r"\b(?:cat|cats|kitten|kitty|dog|puppy|pup|hamster|rabbit|bunny|parrot|bird|ferret|brambles?|roses?|rose bush|thorns?|blackberries|holly|baby|toddler) (?:\w+ )?(?:scratched|scratches|clawed|claws|bit|nipped) (?:up )?my (?:arm|arms|hand|hands|leg|legs|wrist|wrists|face|skin|ankles?)\b",  # noqa: E501
    r"\bclock (?:out|off) for good\b(?=[^.]*\b(?:retire|retiring|retirement|pension|years (?:at|with|of|in)|leaving do|last shift|new job)\b)|\b(?:retire|retiring|retirement|pension|last shift)\b[^.]*\bclock (?:out|off) for good\b",  # noqa: E501
    r"\b(?:tired|sick|exhausted) of (?:existing|living) as (?:a|an|the|their|his|her|everyones|the familys|the family) (?:human |personal |free |unpaid |family |live in |24 7 )?(?:alarm clock|alarm|taxi|taxi service|cab|uber|atm|cash machine|bank|chef|cook|maid|cleaner|butler|chauffeur|secretary|calendar|diary|lost property|search engine|dictionary|help desk|helpdesk|tech support)\b",  # noqa: E501
    r"\b(?:banged|bumped|hit|smacked|bashed|whacked|cracked) my (?:head|knee|knees|elbow|shin|shins|toe|toes|hip) (?:on|against|into) (?:the|a|that|this|my) (?:\w+ ){0,3}?(?:cupboard|cabinet|door|doorframe|door frame|shelf|beam|ceiling|car|table|desk|bed|bunk|stairs|step|wall|window|boot|tap)\b[^.]{0,50}\b(?:clumsy|klutz|by accident|accidentally|oops|ouch|not looking|wasnt looking|low|so tall)\b(?![^.]*\b(?:on purpose|deliberately|to feel|to punish|deserved|hate myself)\b)",  # noqa: E501
    # From fresh_m (2026-11-24, afternoon): overdoses of energy drinks or sugar, drowning
    # in laundry, nearly losing the will to live (or losing it "around minute 40"); forms
    # or meetings that "make me want to die" are in ``WISH_IDIOM_RULES``.
    r"\boverdose of (?:\w+ ){0,2}(?:cookies|biscuits|chocolate|sugar|cake|candy|sweets|coffee|caffeine|carbs|cheese|pizza|netflix|tv|telly|christmas|memes|tiktok|sunshine|energy drinks|red bull|espresso|snacks|crisps|cuteness|nostalgia|drama|fresh air|vitamin d)\b|\b(?:overdosed|overdosing|od d|odd) on (?:\w+ ){0,2}(?:energy drinks|red bull|monster|espresso|snacks|crisps|chips|haribo|cuteness|nostalgia|drama|fresh air)\b",  # noqa: E501
    r"\bdrowning in (?:laundry|washing|work|paperwork|emails|homework|marking|admin|assignments|essays|deadlines|nappies|diapers|dishes|toys|boxes|leaves|snow|paper|forms|tickets|orders|invoices|ironing|lego|receipts|notifications|messages)\b",  # noqa: E501
    r"\b(?:nearly|almost|practically|basically|slowly|quickly|very nearly) (?:lost|losing) (?:the|my|all) will to live\b|\blost (?:the|my|all) will to live (?:around|after|at|by|somewhere|about|halfway|half way|during|in) (?:minute|hour|slide|page|the|a|an|episode|chapter|question|min)\b",  # noqa: E501
    # From fresh_n (2026-11-24, afternoon): death warmed over, wanting to die "in the best
    # way", dad jokes that make him want to die, "going to die if this Zoom freezes one more
    # time", an overdose of Star Trek (supermarket lights that make me want to die are in
    # ``WISH_IDIOM_RULES``).
    r"\b(?:like|as) death warmed (?:over|up)\b",
    r"\b(?:want to|wanna|could) die\b[^.]{0,5}\bin (?:the|a) (?:best|good|nice|happy|most delicious) (?:way|sense)\b",  # noqa: E501
    r"\b(?:jokes|puns|singing|dancing|music|cooking|driving|humour|humor|outfits?|taste)\b[^.]{0,20}\bmakes? (?:him|her|them) (?:want to|wanna) die\b",  # noqa: E501
    rf"\b(?:i am|im|i m|i will|ill)(?: literally| actually| honestly| seriously)? (?:going to|gonna|about to) (?:die|jump off (?:a|the) \w+|walk into the sea)\b[^.]{{0,10}}\bif (?![^.]*{_HURTFUL})(?:this|that|the|my|one more) (?!(?:man|guy|husband|boyfriend|partner|dad|father|ex|stepdad|bloke)\b)\w+\b[^.]{{0,40}}\b(?:one more time|again)\b",  # noqa: E501
    r"\b(?:overdosed|overdosing|od d) on (?:\w+ ){0,2}(?:episodes|box sets|series|shows|films|movies|star trek|star wars|anime|dramas|k dramas|books|podcasts|reruns)\b",  # noqa: E501
    # From mixed_q (2026-11-24, night, read after its first score). A way of dying named
    # as a jest about "one more" small thing ("I'm walking into the sea if the toddler asks
    # why one more time"), never when the "if" is about a person hurting, leaving or
    # threatening, or about the writer's own life; with only "again", a jest word too.
    rf"{_JEST_WAY}{_JEST_IF}\b(?:one more|another)\b",
    rf"^(?=.*\b(?:swear|swear down|lol|lmao|haha\w*|joking|jk|kidding)\b).*?{_JEST_WAY}{_JEST_IF}\bagain\b",  # noqa: E501
    rf"\bif (?!{_NOT_IF})(?![^.]*{_HURTFUL})[^.]{{0,50}}\bone more\b[^.]{{0,40}}{_JEST_WAY}",
    # Overdoing food or coffee: "overdosed on mum's barfi", "about to overdose on caffeine".
    rf"\b(?:overdosed|overdosing|overdose|od d) on (?![^.]*\b{PILLS}\b)(?:\w+ ){{0,2}}(?:caffeine|coffee|espresso|sugar|sweets|barfi|mithai|ladoo|laddoo|jalebi|gulab jamun|chocolate|cake|cookies|biscuits|candy|carbs|cheese|pizza|mince pies|pie|turkey|leftovers|food|snacks|crisps|ice cream|tea|matcha|easter eggs|pancakes|puns|glitter)\b",  # noqa: E501
    # Games: "I'm going to end you" over Mario Kart; dying forty times to a boss.
    r"\b(?:mario kart|uno|monopoly|chess|scrabble|game|games|fortnite|fifa|board game|cards|match|rematch|video game|xbox|playstation|smash bros|tekken)\b[^.]{0,80}\b(?:going to|gonna|will|ll|ill) end you\b|\b(?:going to|gonna|will|ll|ill) end you\b[^.]{0,40}\b(?:at|in) (?:mario kart|uno|monopoly|chess|scrabble|the rematch|fifa|fortnite|cards|smash bros|tekken)\b",  # noqa: E501
    r"\b(?:died|dying|die|got killed) (?:\d+|so many|a hundred|a million|like \d+|ten|twenty|thirty|forty|fifty|fifteen) times\b(?: (?:to|on|in|at) (?:the |that |this |a )?(?:same )?\w+)?",  # noqa: E501
    # A family member's jest, said or remembered: "mum said she'd kill me if I missed
    # grandma's birthday" (never strangling: that is a danger sign however it is said).
    rf"\b{KIN}s? (?:\w+ ){{0,4}}?(?:kill|murder) (?:me|us) if (?:i|we) (?:missed|spoiled|spoilt|ruined|forgot|ate|touched|touch|broke|lost|wore|borrowed|drank|finished|scratched|crashed|dented|spilled|spilt|was late|were late|skipped|ate|nicked|pinched)\b",  # noqa: E501
    # "this deadline has a gun to my head", "bleeding money", a nick while shaving, "kms
    # the printer jammed" (a fault named), "thought my heart would stop" (at a wedding).
    r"\b(?:this|that|the|my|our|these|those) (?:\w+ )?(?:deadline|deadlines|exam|exams|essay|dissertation|thesis|work|job|rent|bills|mortgage|time|clock|schedule|uni|coursework)\b[^.]{0,20}\b(?:has|have|had|holding|held|with|puts?|putting) (?:a )?gun to my head\b",  # noqa: E501
    r"\bbleed(?:ing|s)? (?:money|cash|me dry|us dry|points|time|subscribers|followers)\b",
    r"\b(?:shaving|shaved|shave|razor)\b[^.]{0,40}\bnicked myself\b(?![^.]*\b(?:on purpose|deliberately|again and again|over and over|to feel|to punish|deserved)\b)",  # noqa: E501
    r"\bkill myself\b(?= (?:the|my|this|cos the|cos my|because the|because my) (?:printer|wifi|laptop|phone|computer|internet|bus|train|tram|microwave|oven|app|code|build|router|toaster|alarm|charger|headphones|kettle)(?: is| s| has| just| keeps| literally)? (?:jammed|jamming|died|dead|crashed|crashing|froze|frozen|freezing|broke|broken|down|dropped|dropping|lagging|stopped|wont|will not|isnt|is not|again|cancelled|late|delayed)\b)",  # noqa: E501
    r"\bthought my heart (?:would|was going to|was about to) (?:stop|explode|burst|give out)\b",
    # From mixed_r (2026-11-25): betrayal told as a stab in the back ("Danny stabbed me in
    # the back by telling Mum"), never with a blade or a wound named; a wind or a cold that
    # stabs or cuts through you.
    r"\b(?:stab|stabs|stabbed|stabbing) (?:me|us|him|her|them|you|each other) in the back\b(?![^.]*\b(?:knife|knives|blade|scissors|screwdriver|hospital|stitches|bleeding|blood|police|ambulance|wound)\b)",  # noqa: E501
    r"\b(?:wind|winds|cold|air|rain|sleet|frost|chill|snow|hail)\b[^.]{0,20}\b(?:stabs|stabbed|stabbing|cuts|cutting|slices|slicing|knifes) (?:you|me|us|right) (?:in the face|through|to the bone|like a knife)\b",  # noqa: E501
    # From mixed_s (2026-11-25, read after its uses by counts): falling on one's sword at
    # work, being hung out to dry, hanging on "by a fingernail", a stab at a quiz question,
    # an argument stabbed full of holes, a "mass suicide" of tomatoes, gossip that is
    # lethal, a lunch "executed" in the fridge, a credit score that flatlined, "cause of
    # death: marking".
    r"\bmass suicides?\b",
    r"\b(?:fall|fell|falling|falls|fallen) on (?:my|his|her|their|our|your) (?:own )?sword\b",
    r"\bhang(?:s|ing)? (?:me|us|him|her|them|you) out to dry\b|\bhung (?:me|us|him|her|them|you) out to dry\b",  # noqa: E501
    r"\bhanging on by (?:a|one|the|my|a single|one single|the last) (?:fingernail|fingernails|fingertip|fingertips|strand|whisker|eyelash|toenail|shoelace)\b",  # noqa: E501
    r"\b(?:take|took|taking|takes|have|had|having|make|made|making) (?:a |another |one more |my best |a wild |a blind )?stab at\b",  # noqa: E501
    r"\b(?:stab|stabbed|stabbing|stabs|shot|shooting|shoot|shoots|poked|poke|poking) (?:my|the|our|his|her|their|that|this|your) (?!(?:body|chest|back|arm|arms|leg|legs|face|head|neck|stomach|side|hand|hands)\b)(?:\w+ ){1,3}?full of holes\b",  # noqa: E501
    r"\b(?:gossip|tongue|wit|sarcasm|banter|stare|glare|side eye|comebacks?|roasts?|shade|eyeliner|perfume|aftershave|cologne|serve|serves|spin bowling|yorkers?|free kicks?|trivia game|quiz game) (?:is|are|was|were) (?:absolutely |actually |literally |properly |genuinely |so |pure )?(?:lethal|deadly)\b",  # noqa: E501
    r"\b(?:executed|murdered|assassinated|massacred) (?:my|our|the) (?:\w+ )?(?:lunch|sandwich|sandwiches|leftovers|yoghurt|yogurt|cake|snack|snacks|biscuits|chocolate|crisps|plants?|basil|sourdough|houseplants?|tomatoes|pizza|curry)\b",  # noqa: E501
    r"\b(?:credit score|credit rating|bank account|account|bank balance|balance|savings|wallet|budget|phone|battery|motivation|social life|love life|wifi|career|sales|energy|inbox|sourdough starter|plants?|patience|sanity|brain|brain cell) (?:has |have |just |officially |finally |completely )*flatlined\b",  # noqa: E501
    r"\bcause of death\b(?=[^.]{0,40}\b(?:essays?|marking|meetings?|paperwork|emails?|admin|spreadsheets?|forms|homework|reports?|embarrassment|cringe|boredom|laughing|laughter|the kids|teenagers|toddlers?|puns|dad jokes|this week|mondays?|the commute|traffic|cuteness|mock exams?|exam papers|parents evening)\b)",  # noqa: E501
)

# Wishes to die said of a small thing ("I'd rather die than sing karaoke", "the hold music
# makes me want to die"): blanked like the idioms above, unless the sentence or a
# neighbour says it is meant ("and I actually mean it this time": ``MEANT_WISH_RULE``).
WISH_IDIOM_RULES = (
    r"\b(?:d|id|would) rather (?:die|be dead) than\b(?! (?:go on|going on|live|living|keep|carry on|carrying on|face|wake|spend another|go back|be here|feel like this|another|this|be alive|be a (?:load|burden|bother|drain|weight|problem)|burden))",  # noqa: E501
    r"\b(?:puns|dad jokes|karaoke|playlist|ringtone|jingle|forms|form|meeting|meetings|traffic|queue|queues|homework|paperwork|tax|taxes|admin|song|advert|adverts|ads|weather|printer|wifi|exam|exams|lecture|lectures|commute|spreadsheet|spreadsheets|emails|email|rota|group project|hold music|small talk|assignment|assignments|essay|essays|revision|jargon|heat|hangover|cold|flu|post office|this day|that film|that show|this week)\b[^.]{0,25}\b(?:make|makes|made|making) me (?:want to|wanna) (?:die|jump off (?:a|the) (?:cliff|bridge|building|roof)|walk into the sea)\b",  # noqa: E501
    r"\b(?:lights|lighting|noise|buzzing|buzz|music|fluorescents?|hum)\b[^.]{0,30}\b(?:make|makes|made|making) me (?:want to|wanna) die\b(?! (?:and|because))",  # noqa: E501
)
# What makes a wish said lightly meant, in the sentence or a neighbour. Narrower than
# ``MEANT_RULE``: "seriously" or "for real" are said for emphasis as often as not.
MEANT_WISH_RULE = r"\b(?:not joking|not even joking|no joke|not a joke|not kidding|(?:i|and i) (?:\w+ )?mean it|mean it this time|meant it|i am serious|dead serious|not exaggerating)\b"  # noqa: E501

# "Genuinely thought I was going to die": an idiom only when the sentence or a neighbour
# is plainly light (a hot sauce challenge, a rollercoaster, laughter) and nothing makes it
# literal (a threat said, fear, a weapon: ``LITERAL_RULE``).
CONTEXT_IDIOM_RULES = (
    # "The wasabi nearly finished me off" (from mixed_s, 2026-11-25).
    r"\b(?:nearly|almost|practically|very nearly) (?:finished|did) me (?:off|in)\b",
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
LIGHT_RULE = r"\b(?:not literally|hot sauce|hot wings|spicy|spiciest|chilli|chillies|chili|chilis|pepper|peppers|wasabi|curry|vindaloo|challenge|rollercoaster|roller coaster|rollercoasters|theme park|ride|rides|bungee|zip line|zipline|skydive|skydiving|haunted house|horror film|hike|climb|spin class|workout|leg day|burpees|marathon|laughed|laughing|laugh|hilarious|funniest|so funny|cringe|10 10|would do again|worth it|never again|best day|karaoke|stage fright|presentation|first date|exam|exams|playlist|slaps|banger|album)\b"  # noqa: E501

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
    rf"\b(?!(?:he|she|they|wife|husband|girlfriend|boyfriend) will (?:kill|murder|strangle) (?:me|us)$|(?:hell|shell|theyll) (?:kill|murder|strangle) (?:me|us)$|(?:wife|husband|girlfriend|boyfriend|partner|ex)(?: is| s|s) (?:going to|gonna) (?:kill|murder|strangle) (?:me|us)$)(?:{KIN}|(?:wife|husband|girlfriend|boyfriend|partner|ex)s?|she|he|they|shell|hell|theyll|shed|hed|theyd) (?:is |are |will |would |ll |d |s )?(?:going to |gonna |literally )?(?:absolutely )?(?:kill|murder|strangle) (?:me|us)\b(?= (?:when|if|for|once|after|because|lol|haha|hahaha|lmao)\b|$)",  # noqa: E501
    # The same with the wanting and trying verbs of the danger rules ("my brother is trying
    # to kill me with his cooking", Pidgin "my mama go kill me if I fail").
    rf"\b(?:{KIN}|wife|husband|girlfriend|boyfriend|she|he|they|trainer|instructor|this|that|it) (?:wants to|wan|wan to|go|fit|is trying to|keeps trying to|trying to) kill (?:me|us)\b(?= (?:when|if|for|with|once|after|because|lol|haha|hahaha|lmao)\b)",  # noqa: E501
    rf"\b(?:{KIN}|trainer|instructor) (?:wants to|wan|wan to|go|fit|is trying to|keeps trying to|trying to) kill (?:me|us)$",  # noqa: E501
    # "Ima strangle my brother, he used all the hot water": the writer's own jest.
    rf"\b(?:ima|imma|im gonna|im going to|i am going to|i will|ill|i could|i might|i swear ill|i swear i will|i am gonna) (?:actually |literally |honestly )?(?:strangle|throttle|murder|kill|choke|strangulate|smother) (?:my )?(?:{KIN}|cousin|cousins|kids|son|daughter|husband|wife|partner|boyfriend|girlfriend|bf|gf|cat|dog|best friend|bestie)\b",  # noqa: E501
    # Not after Pidgin "dem wan" ("they want to"): "Dem wan kill me for this house" is meant.
    r"(?<!dem wan )(?<!dem dey wan )\b(?:kill|murder|strangle) (?:me|us|him|her) for (?:\w+ing|being late|that|this|it)\b",  # noqa: E501
)
LITERAL_RULE = rf"\b(?:(?:he|she|they|dem|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex) (?:say|talk say|keeps saying|is saying|s saying)|saying|said|says|told me|tells me|told us|texted|texts|messaged|wrote|warned|swore|swears|screamed|yelled|shouted|promised|meant it|means it|not joking|wasnt joking|was not joking|threat|threatened|threatens|scared|afraid|terrified|frightened|knife|gun|weapon|believe (?:him|her|them)|literally going|really going|actually going|hit|hits|beat|beats|choked|drunk|screaming|yelling|shouting|{_SILENCED}|{_SEEN})\b"  # noqa: E501
# The part of ``LITERAL_RULE`` that keeps "I thought I was going to die" literal in a light
# context: danger, fear or meaning it. Words of saying ("the nurse said") and "literally
# going" do not, since the sentence is about the writer, not a threat (2026-11-24).
LITERAL_SELF_RULE = rf"\b(?:meant it|means it|not joking|wasnt joking|was not joking|threat|threatened|threatens|scared|afraid|terrified|frightened|knife|gun|weapon|hit|hits|beat|beats|choked|drunk|screaming|yelling|shouting|screamed|yelled|shouted|{_SILENCED}|{_SEEN})\b"  # noqa: E501
# Said in a neighbouring sentence, these make a threat said lightly ("he's going to kill
# me") literal: it is meant, or there is fear or help sought, or the phone must be hidden.
MEANT_RULE = r"\b(?:exaggerating|not joking|no joke|i mean it|mean it this time|i am serious|for real|seriously|shaking|hiding|police|999|911|000|112|(?:have to|need to|gotta|got to|must) hide (?:my|the) (?:phone|messages|texts|bruises|marks))\b"  # noqa: E501

# A wider net for suicidal thoughts said in words no pattern of the kinds expects ("I've
# lost the will to live", "death sounds peaceful"): a word about dying or being alive and
# a word of wanting or weariness in the same clause.
SOFT_DEATH_RULE = (
    r"\b(?:die|dying|died|dead|death|alive|live|living|exist|existing|wake up|waking up|not be here|not being here|be around|funeral|sleep forever|take me|ending everything|end everything|end it|ending it|suicide|suicidal|kill myself|killing myself|not here any more|gone for good)\b"  # noqa: E501
    r"(?! (?:in|at|by|with|near|on|abroad|together|room|costs?|up to|for (?:my|the|her|him|them)|music|stream|show|tv|again|more|to (?:the|a|my|his|her|their|school|work|hospital|clinic|see (?:the|a|my) (?:doctor|gp|nurse|therapist))))"  # noqa: E501
)
SOFT_WISH_RULE = r"\b(?:want|wanting|wanted|wish|wishing|wished|hope|hoping|pray|praying|prayed|asked god|enough|tired of|sick of|done with|easier|better off|better without|fine without|peaceful|relief|ready|no point|the point|will to|lost the will|how much longer|can not keep|cant keep|feel like|feels like|thinking about|think about|thought about|doesnt scare|does not scare|keep thinking|longing|crave|craving)\b"  # noqa: E501
SOFT_CALM_RULE = r"\b(?:feel|feeling|felt|feels) (?:more |so |really )?alive\b"
