"""The words that tell a crisis as past ("three years ago", "when I was 15", "I used to"),
and those that say it may be now ("again", "lately", "I still want"), for
``crisis.looking_back``: support is shown either way, and only its opening words change.
Patterns run on normalised text (see ``crisis.normalize``).
"""

from __future__ import annotations

_COUNT = r"(?:\d+|a|one|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|some)"  # noqa: E501
PAST_RULE = (
    r"\b(?:"
    rf"{_COUNT} (?:years?|months?|decades?) (?:ago|since|back|later)"
    r"|(?:years|months|decades|a long time|long) ago"
    r"|when i was (?:\d+|a (?:teenager|teen|kid|child|girl|boy|student)|young|younger|little|small|at school|in school|at uni|with (?:him|her|them)|married|in my (?:teens|twenties))"  # noqa: E501
    r"|as a (?:teenager|teen|kid|child|student|young (?:woman|man|person))"
    r"|in my (?:teens|teenage years|late teens|early twenties|twenties|youth)"
    r"|i used to|used to (?:hurt|cut|burn|want|wish|think|pray|plan|self harm|hit|beat|choke|threaten|lock|hide)"  # noqa: E501
    r"|i once|old (?:scars|self harm scars|overdose)"
    r"|at (?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?! (?:tonight|today|tomorrow|oclock|pm|am))"  # noqa: E501
    r"|back (?:then|when|in (?:the day|school|uni|\d+))"
    r"|the (?:year|years|time|summer|winter) (?:i|when i)"
    r"|in (?:19|20)\d\d"
    r"|(?:he|she|they|hes|shes|theyre|it|that) (?:is|was|are|s|re)? ?(?:long gone|behind me|out of my life|in prison)"  # noqa: E501
    r")\b"
)
# Any of these anywhere in the text says the crisis may be now, whatever else it says.
NOW_RULE = (
    r"\b(?:again|right now|lately|these days|this week|tonight|last night|this morning|this evening"
    r"|relapse|relapsed|some days"
    r"|still (?:want|wanna|think|feel|wish|have (?:thoughts|urges)|cut|hurt|struggl\w*|plan)"
    r"|(?:cant|can not|dont want to|do not want to) [^.]{0,30}(?:anymore|any more)"
    r"|coming back|comes back|come back|came back|creeping back|its back|cant stop|can not stop"
    r"|keep thinking|at the moment|currently|nowadays"
    r"|i (?:just |really |honestly |only |still )?(?:want|wanna|need|am going to|will|feel like"
    r"|think about|have been|am thinking|am planning|plan to|keep)"
    r"|he (?:is|keeps|will|says)|she (?:is|keeps|will|says)|they (?:are|keep|will|say))\b"
)
