"""Pieces the patterns share: who threatens, family words, pills, reaches over fragments.

Patterns run on normalised text: no apostrophes ("dont", "hell" for "he'll"), "i am",
"can not", "any more", "self harm" already spelled out.
"""

from __future__ import annotations

HE = r"(?:he|she|they|him|her|them|(?:my )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmum|stepmom|brother|son|landlord))"  # noqa: E501
WILL = r"(?:is going to|was going to|are going to|going to|will|would|ll|d|is gonna|might)"
KIN = r"(?:mum|mom|mums|moms|mummy|mam|mams|mammy|mommy|momma|mamma|mother|mothers|mama|dad|dads|daddy|father|fathers|papa|nan|nans|nana|gran|grans|granny|grandma|grandad|grandpa|boss|bosses|oga|manager|teacher|coach|sister|sisters|brother|brothers|sis|flatmate|roommate)"  # noqa: E501
# Hiding for a game, read with the place in either order: "hid in the wardrobe for hide
# and seek", "hide and seek with the kids, I hid in the wardrobe". The idiom blanks the
# game's name before the rules look, so the danger rule cannot see it there.
HIDE_AND_SEEK = r"hide (?:and|n|an) seek"
HID = r"(?:hid|hiding|hide) (?:myself )?(?:in|inside|under|behind) (?:the |my |our |a )?(?:bathroom|bedroom|closet|wardrobe|room|cupboard|basement|attic|shed|bed|sofa|curtains?)"  # noqa: E501
# A sentence about the writer's own medicine, not a parent's or a partner's: "picked up
# mum's prescriptions from two pharmacies" is an errand.
OWN = r"^(?!.*\b(?:mums|moms|dads|nans|grans|his|their|for (?:mum|mom|dad|nan|gran|her|him|them|my \w+))\b).*?"  # noqa: E501
PILLS = r"(?:pills|tablets|meds|medication|medications|painkillers|sleeping pills|sleeping tablets|paracetamol|tylenol|insulin|oxy|xanax|benzos|antidepressants|prescriptions?|capsules|codeine|opioids|sertraline|lithium)"  # noqa: E501
BODY = r"(?:arm|arms|hand|hands|leg|legs|wrist|wrists|skin|thigh|thighs|stomach|chest|foot|feet)"
# A message typed as fragments is also read as one run (crisis.screen_run), its sentence
# ends marked " . ". Almost every rule stops at one ([^.]); these reach over one or two:
OVER = r"[^.]{0,30}(?: \. [^.]{0,40})?"
OVER2 = r"[^.]{0,30}(?: \. [^.]{0,40}){0,2}"
OVER3 = r"[^.]{0,30}(?: \. [^.]{0,60}){0,2}"
# A goodbye said with an act under way: "on the bridge railing now. love you mum".
GOODBYE = r"(?:love you|love u|forgive me|sorry|goodbye|bye|cheerio|take care|tell \w+)"
WEAPON = r"(?:baseball bat|cricket bat|bat|knife|knives|hammer|machete|cutlass|belt|gun|iron|golf club|koboko)"  # noqa: E501
# Told that a child will not be seen or got back: "his text said I'll never get her back".
NEVER_AGAIN = r"(?:saying|said|says|texted|messaged|told me|threatening|threatened|voice note|voicemail)\b[^.]{0,20}\b(?:i will|ill|i am going to|im going to|im gonna|you will|youll) never"  # noqa: E501
# Someone hiding from them ("im under the bed", "kids hiding upstairs"), not hiding presents.
HIDING = r"(?:(?:hiding|hide)(?: in| under| behind| upstairs| with| from|$| \.)|under the bed|locked (?:myself|ourselves|the door|in)|in the wardrobe)(?! and seek)"  # noqa: E501
