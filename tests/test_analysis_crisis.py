"""Crisis language: the fast rule screen and the embedding backstop that can only add."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parser
from typing import Any

import numpy as np
import pytest

from bondlens.analysis import crisis_model, crisis_rules
from bondlens.analysis.crisis import (
    KINDS,
    in_context,
    looking_back,
    normalize,
    screen,
    sentences,
    set_aside,
)
from bondlens.analysis.crisis_model import CrisisHead, load_examples
from bondlens.analysis.model import DIMENSIONS, Embedder
from bondlens.analysis.results import Crisis

POSITIVES = {
    "suicidal_thoughts": [
        "gave away the plants, last night on earth i reckon 😔",
        "Can't remember the last day I didn't think about suicide.",
        "I want to die.",
        "Everyone would be better off without me.",
        "I want to sleep and not wake up.",
        "I want to sleep for a week and never wake up.",
        "I would kill for it all to just stop, permanently.",
        "I want it all to just stop, for good.",
        "Sometimes I think about driving into a wall.",
        "I wrote letters to my kids in case I do it.",
        "I don't want to be here anymore.",
        "What's the point of going on?",
        "i just wanna die",
        "kms",
        "I’ve been having suicidal thoughts again",
        "i feel so sucidal tonight",
        "No one would miss me if I was gone.",
        "I can't stop thinking about killing myself.",
        "I'm not saying I want to die, but I think about it.",
        "Years ago I wanted to die, and now I mostly don't.",  # past: flagged on purpose
        "I walk past the graveyard and feel jealous of everyone in it.",  # envy of the dead
        "When the neighbour died I was almost envious.",
        "Mum is at peace now and I am still stuck here.",
        "She thought it was an ordinary hug, but I was saying goodbye.",  # a quiet goodbye
        "I hugged her and only I know it's the last time.",
        "I see no reason to go on.",
        "The kindest thing I could do for them is to disappear.",
        "i keep thinking how easy it would be to just let go of the railing",
        "I won't be around to see him finish school.",
        "Not planning on being here next spring.",
        "I don't expect to see 30.",
        "I hugged my dad for ages and he didn't know it was goodbye.",
        "If anything happens to me, the cat food is in the top cupboard.",
        "Since Gran died I keep wanting to join her there.",
        "I have no strength left to go on living.",
        "The urge to end it all is loud tonight.",
        "It would be easier for my kids if I was gone.",
        "Woke up this morning and felt gutted about it.",
        "i cant wait to die lol im serious tho",
        "I'm going to end it all tonight.",
        "Pick that photo for my funeral, it's a good one of me.",
        "I won't be alive for my nephew's christening.",
        "No point fixing the car, I'll be dead by then.",
        "I won't see another spring.",
        "I left my rings in a box for after I die.",
        "I want out of living, not out of this house.",
        "Sometimes I hope the train doesn't stop in time.",
        "I'm tired of being a person.",
        "The house would be so much calmer without me.",
        "I'm not planning to stick around much longer.",
        "This is probably my last entry.",
        "I cleaned the flat so it is tidy for whoever finds me.",
        "Paid every bill, it's all in order before I do it.",
        "honestly i wouldnt mind if i didnt wake up tmrw",
        "Truth is I am not safe.",
        "I'd be relieved if I didn't wake up tomorrow.",
        "Not scared of dying, I just want someone to do it for me.",
        "over and over i want to stop being",
        "Not suicidal, I just wouldn't mind if a lorry hit me.",
        "Sana hindi na lang ako nagising.",
        "Made a playlist for after.",
        # a place that calls louder, an expiry date close (2026-11-24)
        "Every time I cross the bridge on the way home it calls louder.",
        "Gran always said we all have an expiry date and I think mine is tomorrow.",
    ],
    "plan_or_means": [
        # means in use now, told flatly
        "Just swallowed a cup of drain cleaner.",
        "Standing on the railway line by the level crossing.",
        "Turned the gas on and didn't light it.",
        "The belt is round my neck and tied to the banister.",
        "cars running in the garage, door's shut, just wanted to say sorry",
        "took the lot, tired now",
        "took me whole prescription in one go, dead tired now",
        "took the tablets there a while ago, feeling awful sick now, dont tell mammy",
        "I've taken the whole box of paracetamol.",
        "Just drank a bottle of vodka with all my pills.",
        "Took everything in the cabinet twenty minutes ago.",
        "Left a spare key with Priya so someone can get in afterwards.",
        "Returned everything I'd borrowed, and the last thing on my list now is me.",
        "Checked my life insurance policy pays out either way.",
        "Left a note for whoever finds me.",
        "I've been saving up my pills.",
        "I wrote a goodbye letter to my brother.",
        "I keep thinking about jumping off the bridge.",
        "I looked up how many tablets it would take.",
        "i have a plan and a date",
        "Tomorrow is the night, I've decided.",
        "I went to four different chemists so nobody would ask about the paracetamol.",
        "Collected the last of the tablets today, so I have enough.",
        "I checked how long before the life insurance pays out.",
        "I've got what I need to end it.",
        "I read a forum about methods until 4am.",
        "I've been reading about the most reliable way to go.",
        "Bought painkillers from four different pharmacies this week so no one would ask.",
        "Kept back my tablets all month instead of taking them.",
        "Thursday is the day.",
        # quiet arrangements (2026-11-24)
        "Got the same prescription filled at three different pharmacies this month.",
        "Laid the razor blades and the tablets out together on the shelf.",
        "Stopped the gym and the phone contract, I won't need them after Sunday.",
        "Sold the car so nobody is owed a penny by a dead man.",
    ],
    "self_harm": [
        "Smashing my head against the mirror.",
        "ive made a right mess of my leg, its pumping out",
        "bleeding through towel after towel and my lips have gone numb",
        "cut really deep after tea, cant get it to stop",
        "I've cut too deep this time and it won't stop bleeding.",
        "I go out to the roughest pubs and start on people so someone else will hurt me.",
        "Drove way too fast on the back roads with my lights off.",
        "ngl self care rn is a box of plasters and something sharp.",
        "Told the GP the cuts were from gardening.",
        "Mi cut up miself again.",
        "I cut myself again last night.",
        "I burned my arm with a lighter.",
        "relapsed on sh after 3 months",
        "The urge to hurt myself is so strong.",
        "I hide the cuts under long sleeves.",
        "I'm hurting myself again and haven’t told anyone.",
        "I keep scratching my own arms when nobody is home.",
        "Wore a jumper all through the heatwave so my mum wouldn't see the marks.",
        "I wear a watch now so the cuts won't show.",
        "The fresh cuts are stinging under my sleeve.",
        "Can't stop picturing the blade.",
        "The cuts on my hip are open again.",
        "Told my teacher it was the cat, but the cat didn't scratch me.",
        "I made myself sick after dinner to punish myself.",
    ],
    "danger_now": [
        "di man dem deh a mi gate wid machete",
        "my ex is outside the house screaming hes going to kill me.",
        "someones in the house, heard the back window smash",
        "He checks every receipt before I'm allowed to buy food.",
        "My in-laws have kept my passport and they say I will be sent back in a box.",
        "He said he'd kill me if I left.",
        "he said hell kill me",
        "He choked me last night.",
        "He had his hands around my neck.",
        "He pulled a knife on me.",
        "He locked me in the bedroom.",
        "He's outside the door right now.",
        "hes banging on the door and wont stop",
        "She threatened to hurt the kids.",
        "I'm scared he's going to kill me.",
        "My ex messaged that he'll hurt me if he sees me in town.",  # a threat in writing
        "Dad said he'd bury me if I told anyone.",
        'He texted "I\'ll find you" at three in the morning.',
        "A text from a new number: I know where you live.",
        "He told me he'll kill me if I tell anyone.",
        "he sed he gonna kill me if i go to my mums",
        "She said she'd rather see me dead than with anyone else.",
        "He said I'll learn my lesson when he gets home.",
        "His last text just said you've had your warning.",
        "He said if I tell anyone he'll hurt my little sister.",
        "My dad hit me once already and says worse is coming when the guests leave.",
        "He threatened me with a hammer.",
        "He's hitting my mum downstairs and screaming that I'm next.",
        "Papatayin niya ako.",
        # a person who will, wants to or tried to kill the writer (Nigerian Pidgin too)
        "He will kill me.",
        "My husband will kill me.",
        "My husband is going to kill me.",
        "My husband's going to kill me.",
        "He wants to kill me.",
        "He tried to kill me last night.",
        "She keeps trying to kill me.",
        "My husband wan kill me, I dey hide for my sister house.",
        "He say he go kill me if I comot.",
        "My husband go kill me tonight, abeg help.",
        "Dem wan kill me for this house.",
        "He fit kill me.",
        # a threat tied to telling someone or leaving keeps a person silent or in place
        "He'll kill me if I tell anyone.",
        "He will kill me if I leave.",
        "She'll kill me if I go to the police.",
        "My oga fit kill me if I talk.",
        # danger from others, said flatly: an order broken, family back home threatened
        "He's on his way and there's a restraining order.",
        "If we talk to anyone he will hurt our families back home.",
        # and so does one about the journal itself being found
        "He'd kill me if he saw this.",
        "My husband would kill me if he read my diary.",
        # 2026-11-24: "I'm next", petrol in the house, a child kept, forced sex work
        "He is shouting that I am next and the door is locked.",
        "My brother poured petrol over the hallway carpet.",
        "His text said I'll never get my son back.",
        "They make me sleep with men until the debt is paid.",
        "My father says he would rather have a dead daughter.",
        "The man who spiked her drink is trying to take her outside.",
        "Playing hide and seek, I hid in the wardrobe and he found me and choked me.",
    ],
}

IDIOMS = [
    # the verbs of a threat said of family, work or a trouble in jest
    "Mum will kill me.",
    "Mum would kill me if she saw this mess.",
    "Not even with a gun to my head would I watch that film again.",
    "We stood on the tracks for a photo at the heritage railway.",
    "My bf will kill me if he sees this lol",
    "My mama go kill me if I fail this exam.",
    "This wahala wan kill me.",
    "This heat go kill me o.",
    "My mama fit kill me if I fail.",
    "I'm literally going to die if I don't get coffee.",
    "I want to disappear under a duvet for a week.",
    "I don't want to exist until I've had coffee.",
    "I could happily never wake up before 9 again.",
    "I wish I could fall asleep and wake up when exams are over.",
    "Nobody would notice if I skipped the party, right?",
    "I want to run away to Spain and never come back.",
    "If I have to hear that ringtone one more time I'm going to die.",
    "After this week I could sleep forever.",
    "I want to disappear to a cabin with no wifi for a weekend.",
    "Burned my forearm on the oven rack taking the lasagne out.",
    "Hurt myself moving the wardrobe on my own.",
    "Papercut from an envelope and I'm bleeding everywhere.",
    "i want to unalive my alarm clock 💀",
    "This essay is my nemesis, send help and snacks.",
    "My friend has been in recovery from self-harm for two years now.",
    "Our team is redesigning the suicide risk assessment form at the clinic.",
    "Put the naloxone overdose kit in the staff room.",
    "Set up a weekly pill organiser for my blood pressure meds.",
    "Kept throwing myself off the same cliff in the platformer until I nailed the jump.",
    "Bled all over the cutting board after the mandoline got my knuckle.",
    "Took the leftover old meds back to the pharmacy for disposal.",
    "Wrote my goodbye letter to the team and put it on the shared drive.",
    "Dem go kill me for this.",
    "Mum will kill me if I tell her about the car.",
    "She'll kill me if I tell anyone about the surprise party lol.",
    "My brother is trying to kill me with his cooking.",
    "My trainer wants to kill me with these squats.",
    "My boyfriend will kill me when he finds out how much I spent.",
    "My husband is going to kill me when he sees the bill.",
    "My husband's going to kill me when he sees the bill.",
    "My partner's going to kill me lol",
    "This job will kill me.",
    # third round: idiom families (each has a literal counterpart in LIGHT_BUT_LITERAL)
    "I'd kill for a lie-in.",
    "My phone's dead and the charger is at work.",
    "The wifi keeps dying and I want to scream.",
    "Killed another succulent, RIP.",
    "Leg day destroyed me, I'm basically a corpse.",
    "Died on the last level again lol",
    "I could murder a curry.",
    "I fell down the stairs and cut my knee, it's fine.",
    "lmao kms that was so embarrassing",
    "Rode the big rollercoaster, I swear I thought I would die",
    "Tried the spicy noodle challenge. Honestly thought I was going to die.",
    "My hands are frozen to death.",
    "I'd die happy if I could see the northern lights.",
    "This commute is killing me.",
    "I'm dying to tell you what happened.",
    "I could kill for a coffee.",
    "My feet are killing me.",
    "I nearly died laughing.",
    "She killed it at work today.",
    "Shoot me a text when you're home.",
    "I'm dead tired.",
    "That cake was to die for.",
    "He looked drop dead gorgeous.",
    "I almost died of embarrassment.",
    "The suspense is killing me!",
    "my phone died",
    "I cut myself shaving.",
    "I need to cut myself some slack.",
    "I keep beating myself up about it.",
    "We'll cross that bridge when we come to it.",
    "I choked on my tea.",
    "That would be career suicide.",
    "I'm taking my life back.",
    "I want to end it with him and move out.",
    "I’ve been killing myself at work to hit the deadline.",
    # Near the newer families, and calm.
    "We were lucky nobody died when the boiler went.",
    "I didn't know it was the last time I'd see Grandad.",
    "I won't be needing it once I move to the city.",
    "Went to three shops before I found one with my inhaler in stock.",
    "I fixed the dripping tap for good.",
    "So the kids wouldn't see the mess, I tidied before they woke.",
    "The best thing I could give them was my time.",
    "She'd kill me if she knew I told you about the party, haha.",
    "I won't be around to see the match, I'm working that day.",
    "Got my hair cut after work and I love it.",
    "Thinking about cutting back on coffee.",
    "We're planning my exit from the group chat, it's too much.",
    "The new cuts to the bus timetable are a joke.",
    "That wasp has a death wish, it keeps landing on my toast.",
    "The Tuesday budget meeting is where joy goes to die.",
    "My basil is committing suicide on the windowsill again.",
    "If they play that advert one more time I will walk into the sea.",
    "I'm hoping the sunshine is here for good.",
    "Shot myself in the foot by volunteering for the bake sale.",
    "I swear I'll kill him one of these days, he ate my leftovers again.",
    "I'm done for good with dating apps.",
    "The bins are all sorted for when I go on holiday.",
    "This is the last page of this notebook, new one tomorrow.",
    "This heatwave is actively trying to kill me.",
    "The school sale was a bloodbath, every cake gone in ten minutes.",
    "This cake is out of this world!",
    "When my friends go to the pub after work I always just join them.",
    "Got my antidepressants from the pharmacy today.",
    "Collected my repeat prescription on the way home.",
    "I wouldn't mind dying my hair blue this summer.",
    "Stocking up on cold tablets for flu season.",
    "My little brother is beating me at Mario Kart right now.",
    "I'd be happy if I didn't wake up until noon on Sunday.",
    "I want someone to do it for me, I hate ironing.",
    "Done. Done. Done. Three loads of washing folded and put away.",
    "I'm done with him. Done. Done with the lies.",
    "Bye mum, bye dad, see you at Christmas, bye!",
    "Overdosed on chocolate again, zero regrets.",
    "Made a playlist for after the wedding.",
    "Thursday is the day we get the keys!",
    # 2026-11-24: a knife for the roast, a clumsy bump, toys, games, a sibling's jest
    "Dad got the knife out to carve the turkey.",
    "I banged my head on the cupboard door again and again today, so clumsy.",
    "He took the water gun out of the toy box and soaked me.",
    "My brother hid in my wardrobe and jumped out to scare me.",
    "My husband bought a knife block for the kitchen.",
    "ima strangle my sister she used all the hot water",
    "My sister said she'll kill me if I spoil the finale.",
    "The cat scratched my arm when I put her in the carrier.",
    "Counted mum's tablets for the week into her pill organiser.",
    "You'll be fine without me for a few days, the fish food is on the shelf.",
    "Got my affairs in order before the operation next month.",
    "Finally certified to use a chainsaw without killing myself.",
    # a mother by another name; hiding for a game, read back from the hiding place
    "Mammy says she'll kill me if I'm late again.",
    "Hide and seek with the kids, I hid in the wardrobe for ages.",
    "I hid in the wardrobe for hide and seek with the kids.",
    "Picked up mum's prescriptions from two different pharmacies today.",
]

NEGATIONS = [
    "I would never hurt myself.",
    "I'm not suicidal, just sad.",
    "I don't want to die, I want things to change.",
    "He didn't threaten to kill me this time.",
    "I've never thought about killing myself.",
    "No suicidal thoughts this week.",
]

FICTION = [
    "We watched a film where the main character kills himself.",
    "The song is about wanting to die but it's hopeful.",
    "The documentary about suicide prevention was moving.",
]


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in POSITIVES.items() for text in texts]
)
def test_crisis_language_is_flagged_with_its_kind(kind: str, text: str) -> None:
    found = screen(text)
    assert found.flag
    assert kind in found.kinds
    assert found.quotes == (text,)
    assert found.resources


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_do_not_alarm(text: str) -> None:
    assert screen(text) == Crisis(flag=False)


@pytest.mark.parametrize("text", NEGATIONS)
def test_plain_negations_do_not_alarm(text: str) -> None:
    assert not screen(text).flag


@pytest.mark.parametrize("text", FICTION)
def test_talk_about_a_story_does_not_alarm(text: str) -> None:
    assert not screen(text).flag


def test_a_story_that_touches_the_writer_still_flags() -> None:
    assert screen("The film made me want to die.").kinds == ("suicidal_thoughts",)


def test_quotes_are_the_matching_sentences_of_a_long_entry() -> None:
    entry = (
        "Went to work and made pasta. Sam texted but I didn't answer. "
        "I sat on the floor for an hour and I just don't want to be here anymore. "
        "Tomorrow I have therapy. he grabbed my throat last week. the bus was late."
    )
    found = screen(entry)
    assert found.kinds == ("suicidal_thoughts", "danger_now")
    assert found.quotes == (
        "I sat on the floor for an hour and I just don't want to be here anymore.",
        "he grabbed my throat last week.",
    )


@pytest.mark.parametrize(
    ("text", "kind", "quoted"),
    [
        ("swallowed my mums heart pills. every last one. love you", "plan_or_means", (0, 2)),
        (
            "he has the hammer in his hand. pacing the hallway. kids and me under the bed",
            "danger_now",
            (0, 3),
        ),
        (
            "Good day at the allotment. took my sisters sleeping tablets. the whole box.",
            "plan_or_means",
            (1, 3),
        ),
    ],
)
def test_an_acute_message_typed_as_fragments_is_read_as_one(
    text: str, kind: str, quoted: tuple[int, int]
) -> None:
    parts = sentences(text)
    assert all(not screen(part).flag for part in parts)  # each harmless alone
    found = screen(text)
    assert kind in found.kinds
    assert found.quotes == tuple(parts[quoted[0] : quoted[1]])  # the shortest run that says so


@pytest.mark.parametrize(
    "text",
    [
        # A rule of neighbouring words never reaches over a full stop ("at my work ...
        # they" is read in one sentence only).
        "Lunch at my work. They had soup again.",
        # A negation governs only its own sentence, and a calm mirror stays calm.
        "took my last tablets. all of them gone, need a refill tomorrow",
        "Dad got his cricket bat out. We hid in the garden and he bowled at us all day.",
        # "you're next" only after violence done to someone (2026-11-24)
        "I jumped a mile. Then the nurse said you're next.",
    ],
)
def test_fragments_read_together_stay_calm_when_they_are(text: str) -> None:
    assert not screen(text).flag


def test_only_rules_written_to_reach_over_a_sentence_end_do() -> None:
    joined = "Lunch at my work, they had soup again."  # the same words in one sentence
    assert screen(joined).kinds == ("danger_now",)  # why the full stop must hold


def test_a_plan_brings_suicidal_thoughts_along() -> None:
    assert screen("I've been stockpiling my sleeping pills.").kinds == (
        "suicidal_thoughts",
        "plan_or_means",
    )


@pytest.mark.parametrize(
    "text",
    ["No point. No point. No point.", "done. done. done. done.", "bye mum. bye dad. bye Sam. bye."],
)
def test_a_short_entry_of_repeated_endings_flags_as_a_whole(text: str) -> None:
    found = screen(text)
    assert found.kinds == ("suicidal_thoughts",)
    assert " ".join(found.quotes) == text
    assert found.resources


def test_repeated_endings_in_a_long_or_light_entry_do_not_flag() -> None:
    long_entry = "Done. Done. Done. " + "We walked to the shop and back and had soup. " * 3
    assert not screen(long_entry).flag
    assert not screen("Exams done. Done. Done! Pub.").flag
    assert not screen("No point. No point.").flag  # two, not three


def test_a_threat_said_in_jest_is_literal_when_a_neighbour_says_it_is_meant() -> None:
    assert not screen("I think he's going to kill me.").flag
    found = screen("I think he's going to kill me. I'm not exaggerating this time.")
    assert found.kinds == ("danger_now",)
    assert found.quotes == ("I think he's going to kill me.",)
    assert not screen("Mum's going to kill me when she sees the car. Worth it though.").flag


def test_a_calm_entry_has_nothing() -> None:
    assert screen("Walked by the river with Sam. I felt safe and listened to.") == Crisis(False)
    assert screen("") == Crisis(False)


def test_resources_follow_the_region_and_the_kind() -> None:
    danger = screen("He has a knife and he's at the door.", region="GB")
    assert [r.contact for r in danger.resources][:2] == [
        "call 999 or 112",
        "call 0808 2000 247 (free)",
    ]
    low = screen("I want to die.", region="US")
    assert low.resources[0].name == "988 Suicide & Crisis Lifeline"
    unset = screen("I want to die.")
    assert {r.region for r in unset.resources} >= {"US", "GB", "AU", "any"}


def test_texting_and_curly_apostrophes_read_like_plain_text() -> None:
    assert normalize("I’m gonna kms rn, u know?") == "i am going to kill myself right now you know"
    assert normalize("DON'T") == normalize("dont") == "dont"


def test_lower_case_sentences_are_split_for_quoting() -> None:
    assert sentences("fine day. i want to die. ok") == ["fine day.", "i want to die.", "ok"]


def test_the_screen_imports_nothing_heavy() -> None:
    code = (
        "import sys; from bondlens.analysis.crisis import screen; "
        "screen('I want to die. He is outside the door.', region='US'); "
        "heavy = {'numpy', 'onnxruntime', 'tokenizers', 'bondlens.analysis.model'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_the_backstop_does_not_load_numpy() -> None:
    code = (
        "import sys; import bondlens.analysis.crisis_model; "
        "print('numpy' in sys.modules, 'onnxruntime' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False False"


# --- the embedding backstop ------------------------------------------------------------


def test_every_example_line_is_usable_and_every_kind_has_examples() -> None:
    examples = load_examples()
    kinds = {kind for kind, _ in examples}
    assert kinds == {*KINDS, "none"}
    assert len({text for _, text in examples}) == len(examples)


class _OneHot:
    """A stand-in embedder: each known text gets its own direction, others a shared one."""

    def __init__(self, same_as: dict[str, str]) -> None:
        self.same_as = same_as
        self.seen: dict[str, int] = {}

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            key = self.same_as.get(text, text)
            rows[row, self.seen.setdefault(key, len(self.seen) % DIMENSIONS)] = 1.0
        return rows


def _head(tmp_path: Path, same_as: dict[str, str]) -> CrisisHead:
    examples = tmp_path / "examples.jsonl"
    lines = [
        {"id": "self_harm", "text": "I hurt my body on purpose.", "label": 1},
        {"id": "none", "text": "This commute wears me out.", "label": 0},
    ]
    examples.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return CrisisHead(_OneHot(same_as), examples)


def test_the_backstop_adds_a_kind_the_rules_missed(tmp_path: Path) -> None:
    text = "My skin and I had a bad night again."
    head = _head(tmp_path, {text: "I hurt my body on purpose."})
    found = head.check(text, screen(text), region="AU")
    assert found.kinds == ("self_harm",)
    assert found.quotes == (text,)
    assert found.resources[0].contact == "call 13 11 14"


def test_the_backstop_never_overrules_the_rules(tmp_path: Path) -> None:
    text = "I want to die."
    head = _head(tmp_path, {text: "This commute wears me out."})
    assert head.check(text, screen(text)) == screen(text)


def test_the_backstop_leaves_a_plain_negation_alone(tmp_path: Path) -> None:
    text = "I would never hurt myself."
    head = _head(tmp_path, {text: "I hurt my body on purpose."})
    assert not head.check(text, screen(text)).flag


def test_the_backstop_with_nothing_to_read(tmp_path: Path) -> None:
    head = _head(tmp_path, {})
    vectors = np.zeros((0, DIMENSIONS), dtype=np.float32)
    assert head.score([], vectors, Crisis(flag=False)) == Crisis(flag=False)


@pytest.fixture(scope="module")
def real_head() -> CrisisHead:
    return CrisisHead(Embedder())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Everyone's life would be simpler with me out of the way.", "suicidal_thoughts"),
        ("He pressed down on my throat until I saw stars.", "danger_now"),
        # no longer set aside as the frustration idiom (ninth round)
        ("I keep banging my head on the wall when the memories come.", "self_harm"),
    ],
)
def test_the_real_model_finds_crisis_on_its_own(
    real_head: CrisisHead, text: str, kind: str
) -> None:
    assert kind in real_head.check(text, Crisis(flag=False)).kinds


@pytest.mark.parametrize(
    "text",
    [
        "My feet are killing me.",
        "I'm dying to see you.",
        # eighth round: playful hyperbole the backstop used to read as crisis
        "My bank account is on life support until payday.",
        "Chemistry mock tomorrow, I am spiritually deceased, please send snacks",
        "That season finale literally killed me. I need the next one immediately.",
        "The toddler beat me at Uno four times. My ego has passed away peacefully.",
        # ninth round: an accident, now set aside, so the backstop must be sure
        "Nearly killed myself tripping over the dog's lead this morning.",
    ],
)
def test_the_real_model_keeps_idioms_calm(real_head: CrisisHead, text: str) -> None:
    assert not real_head.check(text, screen(text)).flag


def test_a_head_built_in_memory_reads_like_the_stored_one(real_head: CrisisHead) -> None:
    same = CrisisHead.fitted(
        real_head._embedder,
        real_head.labels,
        real_head.vectors,
        real_head.everyday,
        real_head.model,
        real_head.words,
    )
    texts = [
        "Everyone's life would be simpler with me out of the way.",
        "He pressed down on my throat until I saw stars.",
        "My feet are killing me.",
        "We planted tomatoes and then had soup.",
    ]
    for text in texts:
        assert same.check(text, Crisis(flag=False)) == real_head.check(text, Crisis(flag=False))
    assert same.check(texts[0], Crisis(flag=False)).flag


def test_the_stored_example_vectors_are_current() -> None:
    from bondlens.analysis.model import MODEL_ID

    texts = [text for _, text in load_examples()]
    with np.load(crisis_model.VECTORS) as stored:
        assert str(stored["fingerprint"]) == crisis_model.fingerprint(texts, MODEL_ID), (
            "rebuild with: .venv/bin/python bench/crisis_train.py"
        )
        assert stored["vectors"].shape == (len(texts), DIMENSIONS)
        # what lets a load skip parsing the examples: the file's digest and its kinds
        assert str(stored["source"]) == crisis_model.source_digest(crisis_model.EXAMPLES, MODEL_ID)
        assert tuple(stored["labels"]) == tuple(kind for kind, _ in load_examples())


class _NoModel:
    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        raise AssertionError("the stored vectors should have been used")


def test_a_changed_examples_file_is_parsed_again(tmp_path: Path) -> None:
    """The stored kinds are used only for the very file they came from: a label changed
    in the examples file (same texts, so the vectors still hold) is read from the file."""
    lines = crisis_model.EXAMPLES.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert first["label"] == 1
    lines[0] = json.dumps({**first, "label": 0})
    examples = tmp_path / "examples.jsonl"
    examples.write_text("\n".join(lines) + "\n", encoding="utf-8")
    head = CrisisHead(_NoModel(), examples=examples, head=None, words_head=None)
    shipped = CrisisHead(_NoModel(), head=None, words_head=None)
    assert head.labels[0] == "none"
    assert shipped.labels[0] == first["id"]
    assert head.labels[1:] == shipped.labels[1:]
    assert head.fingerprint == shipped.fingerprint  # same texts: the vectors are current
    np.testing.assert_array_equal(head.vectors, shipped.vectors)


# --- gates: the words a pattern cannot match without -----------------------------------
# crisis_rules compiles a pattern only for a text that holds one of its gate words. The
# gates are derived here from each pattern's parse tree; the derivation only ever keeps
# strings that every match must contain, so a gate never hides a match.

_RUN_LIMIT = 16  # at most this many spellings in one gate built from a run of literals
# Words in almost every journal entry. A gate made only of these would let its pattern be
# compiled for nearly any text, so a gate with fewer of them is preferred. (This choice
# only affects speed: any derived gate is safe.)
_COMMON_WORDS = """a about after again all also am an and any are around as at back be because
    been before being better but by call can could d day did do done down dont even every
    feel for from get go going good got had has have he her here him his home how i if in
    into is it just know last life like long made make me more morning much my myself need
    never night no not now of off on one or our out over really right ring said say see
    self she so some still take than that the their them then there they thing think this
    time to today told tonight too up us very want wanted was way we week well went were
    what when where which while who will wish with without work would you your"""
_COMMON = frozenset(_COMMON_WORDS.split())


def _exact(items: Any) -> frozenset[str] | None:
    """Every string ``items`` (a parsed pattern) can match, when that is a small finite set."""
    found = frozenset({""})
    for op, av in items:
        part: frozenset[str] | None
        if op is sre.LITERAL:
            part = frozenset({chr(av)})
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            part = frozenset(chr(a) for _, a in av)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # \b, $ and lookarounds add nothing to the matched text
        elif op is sre.SUBPATTERN:
            part = _exact(av[3])
        elif op is sre.BRANCH:
            parts = [_exact(branch) for branch in av[1]]
            part = None if None in parts else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op is sre.MAX_REPEAT and av[1] <= 1:
            inner = _exact(av[2])
            part = None if inner is None else inner | {""} if av[0] == 0 else inner
        else:
            return None
        if part is None or len(found) * len(part) > 4096:
            return None
        found = frozenset(a + b for a in found for b in part)
    return found


def _required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of ``items`` contains, or None if none are known.

    A run of items with finitely many spellings gives the set of those spellings; a group
    gives what its inside requires; a choice, the union over its branches; a repeat of at
    least one, what its body requires. Of these candidates the most telling is kept.
    """
    candidates: list[frozenset[str]] = []
    run = frozenset({""})
    for item in list(items):
        part = _exact([item])
        if part is not None and len(run) * len(part) <= _RUN_LIMIT:
            run = frozenset(a + b for a in run for b in part)
            continue
        candidates.append(run)
        run = part if part is not None else frozenset({""})
        if part is not None:
            continue
        op, av = item
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _required(av[3])
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            inner = None if None in branches else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        if inner is not None:
            candidates.append(inner)
    candidates.append(run)
    usable = [c for c in candidates if "" not in c]
    if not usable:
        return None
    return max(usable, key=_telling)


def _telling(words: frozenset[str]) -> tuple[int, int, int]:
    """How well a gate keeps its pattern out of everyday text: fewest common spellings
    (common words only, or under four letters), then the longest shortest spelling, then
    fewest spellings."""
    common = sum(len(w.strip()) < 4 or set(w.split()) <= _COMMON for w in words)
    return (-common, min(map(len, words)), -len(words))


def _cover(required: frozenset[str]) -> set[str]:
    """Fewer words to look for: runs of whole words taken from the required spellings,
    chosen so that every spelling holds one (so every match still holds one). Runs of
    common words only are not taken; a spelling no other run covers stays whole."""
    runs: dict[str, set[str]] = {}
    for spelling in required:
        words = spelling.split(" ")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                run = " ".join(words[i:j])
                if len(run.strip()) >= 5 and not all(w in _COMMON for w in run.split()):
                    runs.setdefault(run, {s for s in required if run in s})
    chosen = set()
    left = set(required)
    while left:
        best = max(runs, key=lambda r: (len(runs[r] & left), len(r), r), default=None)
        if best is None or not runs[best] & left:
            return chosen | left
        chosen.add(best)
        left -= runs[best]
    return chosen


def derive_gate(pattern: str) -> str:
    """The gate for ``pattern`` as crisis_rules stores it: words joined by '|'."""
    required = _required(sre_parser.parse(pattern))
    assert required is not None, f"no word is required by {pattern!r}"
    words = _cover(required)
    # A word that holds a shorter one adds nothing: the shorter is found wherever it is.
    words = sorted(w for w in words if not any(o != w and o in w for o in words))
    assert all(words)
    assert not any("|" in w for w in words)
    return "|".join(words)


def _rule_sets() -> dict[str, tuple[str, ...]]:
    return {
        **crisis_rules.RULES,
        "idioms": crisis_rules.IDIOM_RULES,
        "soft_death": (crisis_rules.SOFT_DEATH_RULE,),
        "soft_wish": (crisis_rules.SOFT_WISH_RULE,),
        "soft_calm": (crisis_rules.SOFT_CALM_RULE,),
        "threat_idioms": crisis_rules.THREAT_IDIOM_RULES,
        "literal": (crisis_rules.LITERAL_RULE,),
        "context_idioms": crisis_rules.CONTEXT_IDIOM_RULES,
        "light": (crisis_rules.LIGHT_RULE,),
        "wish_idioms": crisis_rules.WISH_IDIOM_RULES,
    }


def gates_source() -> str:
    """The GATES table of crisis_rules/gates.py, derived afresh from the patterns."""
    lines = ["GATES: dict[str, tuple[str, ...]] = {"]
    for name, patterns in _rule_sets().items():
        lines.append(f"    {name!r}: (")
        lines += [f"        {derive_gate(p)!r},  # noqa: E501" for p in patterns]
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines).replace("'", '"')


def test_every_gate_is_derived_from_its_pattern() -> None:
    derived = {name: tuple(map(derive_gate, ps)) for name, ps in _rule_sets().items()}
    assert derived == crisis_rules.GATES, (
        "patterns changed; replace GATES in crisis_rules/gates.py with:\n" + gates_source()
    )


def test_no_rule_holds_a_leftover_of_its_f_string() -> None:
    # In an rf-string a regex count must be written {{1,2}}: "{1, 2}" becomes the tuple
    # "(1, 2)" and the rule silently looks for those characters.
    for patterns in _rule_sets().values():
        for pattern in patterns:
            assert "{_" not in pattern, pattern[:80]
            assert re.search(r"\(\d+, \d+\)", pattern) is None, pattern[:80]


def test_a_threat_after_someone_is_thrown_about_reads_over_the_full_stop() -> None:
    text = "He is throwing mum about downstairs. He looked at me and said you're next."
    assert all(not screen(part).flag for part in sentences(text))
    assert screen(text).kinds == ("danger_now",)


def _all_texts() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    files = [*sorted((root / "bench" / "data").glob("crisis_*.jsonl"))]
    files.append(root / "src" / "bondlens" / "analysis" / "data" / "crisis_examples.jsonl")
    texts = [json.loads(line)["text"] for f in files for line in f.read_text().splitlines() if line]
    texts += [t for group in POSITIVES.values() for t in group]
    return texts + IDIOMS + NEGATIONS + FICTION


def test_every_match_on_the_data_holds_a_gate_word() -> None:
    checked = 0
    for name, patterns in _rule_sets().items():
        rules = crisis_rules.Rules(patterns, crisis_rules.GATES[name])
        full = [re.compile(p) for p in patterns]
        for text in _all_texts():
            for sentence in sentences(text):
                norm = normalize(sentence)
                for targets in (norm, crisis_rules.IDIOMS.sub(" ~ ", norm)):
                    for pattern, gate in zip(full, rules.gates, strict=True):
                        for match in pattern.finditer(targets):
                            assert any(word in match.group() for word in gate), (name, match)
                            checked += 1
    assert checked > 1000


def test_the_lazy_rules_find_exactly_what_the_joined_pattern_finds() -> None:
    for name, patterns in _rule_sets().items():
        rules = crisis_rules.Rules(patterns, crisis_rules.GATES[name])
        joined = re.compile("|".join(f"(?:{p})" for p in patterns))
        for text in _all_texts():
            for norm in (normalize(text), normalize(text).replace(" and ", " ")):
                expected = [(m.span(), m.group()) for m in joined.finditer(norm)]
                assert [(m.span(), m.group()) for m in rules.finditer(norm)] == expected
                assert rules.sub(" ~ ", norm) == joined.sub(" ~ ", norm)


# Idiom families must not hide their literal counterparts.
LIGHT_BUT_LITERAL = [
    "I cut my arm on purpose.",
    "I tripped and then cut my arm on purpose to feel something.",
    "He drove at me. I thought I was going to die.",
    "lol i want to kms",
    "My phone is dead and he is outside banging on the door.",
    "I am basically a corpse, nobody would notice if I was gone.",
    "Burnt my hand on the oven tray on purpose.",
    "I'm going to die and nobody will care. The ride home was long.",
    "I found the place where I will go to die.",
    "I keep thinking I'll walk into the sea one night.",
    "I think I have a death wish, I don't care if I live.",
    "This man is trying to kill me, he has a knife.",
]


@pytest.mark.parametrize("text", LIGHT_BUT_LITERAL)
def test_literal_counterparts_of_idioms_still_flag(text: str) -> None:
    assert screen(text).flag, text


def test_wanting_an_ending_is_not_read_as_the_kill_for_idiom() -> None:
    assert set_aside("I'd kill for it to be over.") != "idiom"
    assert set_aside("I'd kill for a lie-in.") == "idiom"


#: Direct words wrapped in a laugh or a game: the laugh must never hide them.
LAUGH_BUT_CRISIS = [
    "lol i want to die",
    "i want to die 😂",
    "haha im going to kill myself tonight",
    "lmao i have a plan to end it",
    "im so over being alive lol",
    "Respawning is more than I get. I want to kill myself.",
]


@pytest.mark.parametrize("text", LAUGH_BUT_CRISIS)
def test_a_laugh_never_hides_direct_words(text: str) -> None:
    assert screen(text).flag, text
    plain = text.replace("lmao", "").replace("lol", "").replace("haha", "").replace("😂", "")
    assert screen(text).kinds == screen(plain).kinds


def test_send_help_after_a_joke_stays_with_the_joke() -> None:
    assert not screen("I overdosed on Christmas cookies again, send help.").flag
    assert not screen("My mum is going to kill me lol send help").flag
    assert not screen("This commute is killing me, somebody send help").flag
    found = screen("He is outside with a knife, send help")
    assert found.kinds == ("danger_now",)
    assert screen("I took all my pills, please send help").flag


# A plea in its own sentence goes with the joke beside it (2026-11-25): a light line, an
# idiom, or a request for something else; never with fear, danger or "I mean it" around.
PLEA_JESTS = [
    "Buried under marking. Send help.",
    "Leg day again. Send help.",
    "The twins found the glitter. Send help. Send wine.",
    "Send help. Actually, send biscuits.",
    "Lost the pub quiz to my dad. Send help and cash.",
    "send help (not really, it's only the laundry)",
]
PLEA_MEANT = [
    "Buried under marking. Send help. I'm scared he'll be back tonight.",
    "Send help. I mean it.",
    "Leg day again. Send help, he has a knife.",
    "He's outside the flat again. Send help.",
    "Send help. Send the police.",
]


@pytest.mark.parametrize("text", PLEA_JESTS)
def test_a_plea_beside_a_joke_is_part_of_it(text: str) -> None:
    assert not screen(text).flag


@pytest.mark.parametrize("text", PLEA_MEANT)
def test_a_plea_with_fear_or_danger_around_it_stays_a_plea(text: str) -> None:
    assert "danger_now" in screen(text).kinds


#: Playful hyperbole (eighth round): set aside as idioms, so the backstop needs to be
#: sure before it speaks; the same words said plainly are not set aside.
HYPERBOLE = [
    "Ordered the death by chocolate cake at the café.",
    "Wah this laksa damn shiok, die die must come back again.",
    "Dis jollof sweet die! I go come back tomorrow.",
    "I'm dying with a cold, so I am. Lemsip and bed.",
    "The band absolutely murdered that cover.",
    "I have been buried alive under marking this week.",
    "Three more hours of this meeting. Shoot me now.",
]


#: Ninth round (rounds 10a-10c): more playful hyperbole, written here in new words.
HYPERBOLE_NINTH = [
    "Lost at cards to my nan again, I could have strangled her.",
    "This queue is so slow I'll die of old age before I reach the counter.",
    "Nearly killed myself tripping over the dog's lead this morning.",
    "That extended warranty is dead money.",
    "Grandma kills us with kindness every Sunday.",
    "Three hours of ceilidh dancing, my legs are officially dead.",
    "I'll be paying off this sofa into my grave.",
    "Aunty says I'll die single if I keep being picky.",
    "Getting our affairs in order before the house move: boxes, the post, the broadband.",
]


def _reasons(text: str) -> set[str]:
    """Why the screen sets each sentence of ``text`` aside ("" for none), read in context."""
    return {set_aside(s, light, literal) for s, light, literal in in_context(sentences(text))}


@pytest.mark.parametrize("text", HYPERBOLE + HYPERBOLE_NINTH)
def test_playful_hyperbole_is_set_aside_as_an_idiom(text: str) -> None:
    assert "idiom" in _reasons(text)
    assert not screen(text).flag


def test_the_ninth_round_idioms_leave_plain_words_alone() -> None:
    for text in (
        "I could have killed myself last night.",
        "I nearly killed myself last night.",
        "My affairs are in order. I won't be here next week.",
        "I nearly killed myself over the weekend.",
    ):
        assert screen(text).flag, text
    # "die happy if" is an idiom unless what would make them happy is not being here
    for text in ("I'd die happy if I never woke up.", "I'd die happy if it all ended tonight."):
        assert _reasons(text) == {""}
    assert set_aside("I'd die happy if I saw the northern lights.") == "idiom"
    assert set_aside("I'll only be finding peace in my grave.") == ""
    assert set_aside("Getting my affairs in order before my trip.") == ""


def test_an_accident_idiom_said_on_purpose_is_not_an_accident() -> None:
    assert screen("Just burned myself on the kettle on purpose.").kinds == ("self_harm",)
    assert screen("I cut myself on the bathroom tiles on purpose.").flag
    assert set_aside("I burnt myself on the kettle making tea.") == "idiom"
    assert set_aside("I keep banging my head on the wall when the memories come.") == ""
    assert set_aside("Banging my head against a brick wall with the council.") == "idiom"


def test_plain_words_near_the_hyperbole_are_not_set_aside() -> None:
    assert set_aside("Dad is on life support and I want to die too.") == ""
    assert screen("Dad is on life support and I want to die too.").flag
    assert set_aside("I feel emotionally dead.") == ""
    assert set_aside("He murdered her.") == ""


LOOKING_BACK = [
    "Five years ago I swallowed a bottle of pills and my brother found me.",
    "I used to self-harm as a teenager.",
    "When I was at uni I tried to hang myself in my room.",
    "In 2019 I was in hospital after trying to kill myself.",
    "At 15 I was cutting every day.",
]
NOT_LOOKING_BACK = [
    "I want to die.",
    "Years ago I wanted to die, and some days that feeling still comes back.",
    "Five years ago I tried to kill myself and lately I think about it again.",
    "I used to self-harm and I relapsed last night.",
    "I've set the date: the anniversary of when Dad died.",
    "Everyone would be better off if I was gone.",
    "I've chosen the place to end it, the cliffs near where we used to go.",
]


@pytest.mark.parametrize(
    ("text", "past"),
    [(text, True) for text in LOOKING_BACK] + [(text, False) for text in NOT_LOOKING_BACK],
)
def test_only_a_crisis_told_as_past_is_looking_back(text: str, past: bool) -> None:
    assert looking_back([text], text) is past, text


def test_looking_back_changes_the_words_not_the_support() -> None:
    past = screen("Five years ago I swallowed a bottle of pills and my brother found me.", "US")
    now = screen("I swallowed a bottle of pills.", "US")
    assert past.flag
    assert past.looking_back
    assert past.to_json()["looking_back"] is True
    assert not now.looking_back
    assert now.to_json()["looking_back"] is False
    assert past.resources == now.resources


def test_looking_back_needs_every_quote_past_and_nothing_now_in_the_text() -> None:
    past = "Three years ago I tried to end my life."
    assert looking_back([past], f"{past} I'm glad I stayed.")
    assert not looking_back([past, "I want to die."], f"{past} I want to die.")
    assert not looking_back([past], f"{past} Lately it's been creeping back.")
    assert not looking_back([], past)
    assert screen(f"{past} I'm glad I stayed.").looking_back
    assert not screen(f"{past} It's back tonight.").looking_back
    assert not Crisis(flag=True, quotes=(past,)).looking_back  # the safe default


# Families of the lines the whole engine missed out of fold on the tuning sets (2026-11-24):
# our own wordings, not the sets' lines, and calm mirrors in the same words.
OUT_OF_FOLD_FAMILIES = [
    ("plan_or_means", "noose is tied. love you all, sorry"),
    ("plan_or_means", "Taped up the garage door and turned the ignition. Night all."),
    (
        "plan_or_means",
        "Climbed over the railing on the bridge. Water's a long way down. No more pain.",
    ),
    (
        "plan_or_means",
        (
            "Got extra sleeping tablets from the chemist and told her they were for my back. "
            "They aren't."
        ),
    ),
    ("plan_or_means", "Went to two different surgeries so I could get two prescriptions."),
    ("suicidal_thoughts", "I won't be needing any of this where I'm going."),
    (
        "suicidal_thoughts",
        "Heard on the radio that a man died in the crash and my only thought was jealous.",
    ),
    ("suicidal_thoughts", "Whatever happens after tonight, I want my sister to have my ring."),
    (
        "suicidal_thoughts",
        "Walking home in the rain without a coat, hoping I catch pneumonia and it takes me.",
    ),
    ("suicidal_thoughts", "The sooner my shift ends, the sooner I can end it."),
    (
        "suicidal_thoughts",
        "My safety plan says to ring Jo when it's bad. It's bad tonight. I won't call.",
    ),
    ("suicidal_thoughts", "I keep thinking about my own funeral and it feels like a wish."),
    ("suicidal_thoughts", "I have no more time left in me."),
    ("suicidal_thoughts", "Life feels like a party I want to leave early."),
    (
        "self_harm",
        (
            "The cuts needed glue this time. I told the doctor I fell on glass and he didn't "
            "believe me."
        ),
    ),
    ("danger_now", "He keeps staring at the gun on the table while he shouts."),
    ("danger_now", "Stepdad's pulling his belt off again, my little brother is hiding."),
    ("danger_now", "The landlord says I can keep my room as long as I let him come in at night."),
    ("danger_now", "He's going to kill me when he finds out. I need to hide my phone now."),
]
OUT_OF_FOLD_MIRRORS = [
    "Climbing wall tonight. Rope ready, harness on. Love you guys, see you at the top!",
    "Tied the rope to the tree for the kids' swing. Goodnight everyone!",
    (
        "Broke down on the hard shoulder of the M6. Waiting for the AA, going to step out and "
        "check the tyre."
    ),
    "Sealed up the gaps in the garage door for winter, then started the engine to warm the car.",
    "Stood at the cliff edge for the sunset photo. No more struggling up that hill, we made it!",
    (
        "Asked the pharmacist for extra painkillers for my back. It really is my back, the "
        "physio agrees."
    ),
    "Saw two different GPs this year so I'd get a second opinion on my knee.",
    "I won't need my coat where I'm going, it's 30 degrees in Lisbon!",
    "Grandad died last week and my first thought was how lucky we were to have him so long.",
    "When I'm gone on holiday I want Sam to have my plants watered every day.",
    "Hoping I don't catch something at the hospital that knocks me out for a week.",
    "You seem so much brighter today! Yes, I made my decision about the job and it feels good.",
    "The sooner I can end this call the better, my tea is going cold.",
    "My safety plan helped a lot this week. I'm not calling anyone tonight because I feel fine.",
    "I've planned my own funeral playlist as a joke with my sister, we laughed so much.",
    "No more time left in the match, we lost 2-1.",
    (
        "Life feels like a queue at the post office some days, I want to leave early from work "
        "tomorrow."
    ),
    "I'm the reason the tap keeps dripping, so I should fix that permanently this weekend.",
    "Told the nurse I slipped on the ice and she believed me because there were witnesses.",
    "Told the doctor I fell off my bike, it was an accident, she put a plaster on it.",
    "He kept looking at the knife block while he cooked, deciding which one to use for the onions.",
    "Dad's taking his belt off to change into his gym shorts.",
    "I keep my job as long as I keep hitting my sales targets, which is fair.",
    "Mum's going to kill me when she sees the dent. I have to hide the keys lol.",
    "Drafted the note to the landlord four times. It's saved in my phone.",
    "I'm writing a will at 40 because the solicitor recommended it.",
    "The chef kept glancing at the knife sharpener while he talked about the menu.",
    "Life is like a party, I want to leave early and go to bed by ten.",
    "Off to Spain tomorrow! I won't be needing these jumpers where I'm going.",
    (
        "She told the nurse she slipped while chopping onions and the nurse laughed, it happens "
        "every week."
    ),
    "Got extra painkillers for the trip. They aren't for my back, they're for Mum's knee.",
    (
        "Bought two packs of paracetamol. They're not for my headaches, they're for the first "
        "aid kit at work."
    ),
    "I'm not planning on needing them for pain, the surgeon says it'll be fine.",
    "Saw two different doctors so I could get a proper diagnosis.",
    "We booked two clinics so we'd get two quotes for the braces.",
    "My nan died and my first thought was lucky she went peacefully in her sleep.",
    "When the hamster died my first reaction was lucky him, no more school runs. (joke)",
    "The sooner I can end this shift, the sooner I can see the kids.",
    "The sooner I can finish it the better.",
    "The sooner I can end this. Then I can relax on holiday.",
    "No more life left in me after that spin class lol.",
    "No time left in me for this meeting today.",
    "I'm the problem at pub quiz, so I'll sort that permanently by studying geography.",
    (
        "Told the doctor it was an accident and she didn't believe me, she thought I'd done it "
        "skateboarding."
    ),
    "My boss says I keep my job as long as I keep turning up on time.",
    "I'll lose my room if I don't pay rent by Friday.",
    "Dad got his belt out again to fix the strap on my bag.",
    "Hoping I catch something good on the radio tonight.",
    "Hoping I get a cold so I can skip the exam lol.",
    "Sealed the car windows with tape for the paint job, the engine's been off all day.",
    "Standing on the motorway bridge watching the traffic, going to walk into town after.",
    "The trucks on the highway are loud. I'm going to step out for a coffee.",
    "Brother's gonna kill me when he sees I ate his cake. I have to hide the evidence.",
    "Sister's going to kill me, I need to hide the phone bill.",
    (
        "I promised my safety plan person I'd call if it got bad. It got bad last month and I "
        "called, and it helped."
    ),
    "Gave my old bike to Leo because I won't need it where I'm going to uni, it's all hills.",
    "After tonight I want Bella to have my spare key so she can feed the cat while I'm away.",
    "You look so much better today! I made my choice and started physio.",
    (
        "My first thought when the news said the lottery winner died was lucky family, they'll "
        "inherit millions."
    ),
    "Wrote a stand-up bit about my own funeral. Felt like a wish come true to perform it at last!",
]


@pytest.mark.parametrize(("kind", "text"), OUT_OF_FOLD_FAMILIES)
def test_the_quiet_families_missed_out_of_fold_are_read(kind: str, text: str) -> None:
    assert kind in screen(text).kinds


@pytest.mark.parametrize("text", OUT_OF_FOLD_MIRRORS)
def test_their_calm_mirrors_stay_calm(text: str) -> None:
    assert not screen(text).flag


# Families of the lines missed in the batch fresh_m (2026-11-24), in our own words,
# with calm mirrors and the idioms it flagged (each a mirror of a plain crisis line that
# still flags).
MIXED_M_FAMILIES = [
    ("suicidal_thoughts", "Honestly I wouldn't mind if I didn't get up tomorrow."),
    ("suicidal_thoughts", "If the bull crushed me in the yard I don't think I'd mind."),
    ("suicidal_thoughts", "I wish the cancer had taken me instead of her."),
    ("suicidal_thoughts", "Thinking about signing off from everything for good."),
    ("suicidal_thoughts", "I don't need any of it where I'm going."),
    ("suicidal_thoughts", "I can't see the point of me any more."),
    ("plan_or_means", "To do: bins, return library books, the viaduct tonight."),
    ("plan_or_means", "Wrote my last letter to Mum and put the pills in my coat."),
    ("plan_or_means", "Paid back everyone I owed so I can leave things in order."),
    ("self_harm", "Wore a hoodie in the heatwave again, my mates reckon I'm always cold."),
    ("self_harm", "I deserve these cuts, adding another one tonight."),
    ("danger_now", "My stepdad is punching my little brother right now."),
]
MIXED_M_MIRRORS = [
    "I wouldn't mind if I didn't get up till noon tomorrow, it's my day off.",
    "If the tractor rolled into the ditch I'd be fine with it, it's insured.",
    "Wish the storm had taken the old shed instead of the greenhouse.",
    "Logging off from everything for the weekend, see you Monday.",
    "Don't need my umbrella where I'm going, it's sunny in Seville.",
    "I don't see the point of this meeting.",
    "Errands: post office, bank, the bridge after dark to see the lights switched on.",
    "Wrote the note for the school trip and dropped it at the river centre.",
    "Time to put it on the scrap pile, talking about the old kettle, not me.",
    "Set an alarm so nobody's up when I wrap the presents, everything's ready.",
    "Long sleeves at the beach because I burn so easily, my friends say I'm always cold too.",
    "I deserve the marks I got in the exam, I worked hard.",
    "Told the nurse I fell off my bike and there were witnesses.",
    "Paid back everyone from the stag do, want to leave things tidy before the wedding.",
    "The kids are hitting the ball in the garden right now.",
    "Overdose of cuteness at the puppy farm today.",
    "Drowning in paperwork this week but it'll pass.",
    "I nearly lost the will to live in that queue at the post office.",
    "Homework makes me want to die lol.",
    "Thesis due Friday. I'm going to die. Okay, not literally, but close.",
    "This printer's got a death wish, it jams on every page.",
    "Didn't text him anything I'd regret, even though I was furious.",
]
STILL_CRISIS = [
    "I've lost the will to live.",
    "I overdosed on my sleeping pills last night.",
    "Everything makes me want to die.",
]


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_plain_words_next_to_those_idioms_still_flag(text: str) -> None:
    assert screen(text).flag


# Families of the lines missed in the batch fresh_n (2026-11-24), in our own words,
# with calm mirrors, the idioms it flagged, and plain lines next to them that still flag.
MIXED_N_FAMILIES = [
    ("suicidal_thoughts", "I'm nothing but a burden with a pulse."),
    ("suicidal_thoughts", "I won't be here for day 100."),
    ("suicidal_thoughts", "Saw the obituaries this morning and felt envious."),
    ("suicidal_thoughts", "My garden will outlive me. Not long now."),
    ("suicidal_thoughts", "Wondering if anyone would even notice I was gone."),
    ("suicidal_thoughts", "I lie awake planning my own disappearance."),
    ("suicidal_thoughts", "I don't want to come back from the next one."),
    ("plan_or_means", "Checked the bridge cameras, worked out that nobody is around at 4am."),
    ("plan_or_means", "The policy pays out after one year, and it's been a year."),
    ("plan_or_means", "Stockpiling, two more every week."),
    ("plan_or_means", "Popped all of them out of the foil and counted them twice."),
    ("plan_or_means", "Found out which night nobody visits."),
    ("self_harm", "Got more bandages today, you know what for."),
]
MIXED_N_MIRRORS = [
    "The dog is just a bill with four legs and a tail, but we love him.",
    "I won't be here for 120 minutes of that film, I'm off at the interval.",
    (
        "Checked the tide times for the pier, low water at 6am and nobody about, perfect for the "
        "photos."
    ),
    "Read the obituaries for Nan's old neighbour and felt sad for the family.",
    "The pet insurance pays out after one month of cover, so we waited to claim.",
    "Set my out of office to indefinitely for the maternity leave, see you next year!",
    "Stockpiling tins, a few more each week for winter.",
    "My tortoise will outlive me, they live to 100!",
    "Wondering if the office would miss me while I'm on holiday in Crete.",
    "Thanked my team for everything they've meant to me at my leaving do.",
    "Planning my absence for the conference so cover is sorted.",
    "Battery at 1%, not the phone, me, so I'm off to bed early with a cocoa.",
    "The ending is still queued up on Netflix, no spoilers please.",
    "I don't want to come back from this holiday, it's gorgeous here.",
    "Bought plasters and antiseptic wipes for the first aid kit.",
    (
        "Popped the tablets out of the blister packs into Mum's dosette box and counted them for "
        "the week."
    ),
    "Worked out which day nobody comes round so I can have a long bath in peace.",
    "The new antibiotics make me feel like death warmed over, doc says it passes.",
    "Ate so much at the wedding I could die, in the best way.",
    "My kids say my puns make them want to die.",
    "I'm going to die if this printer jams one more time.",
    "Overdosed on box sets this weekend, zero regrets.",
    "I thought I was going to die at the spin class, the instructor said that's normal.",
]
MIXED_N_STILL_CRISIS = [
    "I'm going to die if he comes back again.",
    "I thought I was going to die when he choked me on the hike.",
]


@pytest.mark.parametrize("text", MIXED_N_STILL_CRISIS)
def test_danger_next_to_a_light_idiom_still_flags(text: str) -> None:
    assert screen(text).flag


# Calm lines in the same words as the rules of the three rounds above, found in review
# (2026-11-24): each rule was narrowed until they stay calm.
REVIEW_MIRRORS = [
    "I won't be here for 2 weeks, I'm on holiday.",
    "Sorry, I won't be around for 10 minutes, in a meeting.",
    "Wondering if the kids would miss me when I go back to work.",
    "Wondering if my cat would miss me if I went away for a month.",
    (
        "Thanked them for everything they've meant to me at the farewell party. Someone asked "
        "are you ok, I was crying happy tears."
    ),
    "The sooner I finish this, the sooner I can end it and go home.",
    "I'm the reason the team lost, so I'll fix that for good by practising more.",
    "My first thought when Grandad passed was lucky.",
    "Not the phone, me, I'm exhausted. Don't want a charger, I want bed.",
    "I don't see the point of me going to the party if she's not there.",
    "Logging off from everything for good, deleting all my social media accounts!",
    "The tortoise will outlive me, not a joke, they live 150 years.",
    "Popped the pills out of the blister pack and counted them for my weekly organiser.",
    "Stockpiling, a few more bottles of wine each week for the wedding.",
    "The insurance policy pays out after two years of no claims, so a bonus for us.",
    "Worked out which day nobody comes round to the allotment, Tuesday, so I can dig in peace.",
    "Checked the tide times for the harbour, nobody about at 5am, lovely and quiet for a swim.",
    (
        "Got plasters and antiseptic wipes for the kids' first aid kit, you know what for, they "
        "fall off everything."
    ),
    "Dad is whacking his little brother at table tennis right now, it's brutal.",
    "My brother is thumping his little sister at Mario Kart right now.",
    "Errands: bank, library, chemist, the river after dark for the lantern parade.",
    "Paid back everyone I owed from the holiday, want to leave things tidy.",
    (
        "Long sleeves at the beach in July because of my eczema, friends think I'm always cold "
        "but whatever."
    ),
    "I deserve the marks for that essay, and I'm adding another one tonight to my record.",
    "The alarm is set for 4am so nobody's awake when I leave for the airport, everything's ready.",
    "Wrote the note for my landlord and dropped it at the bridge club on the way.",
]


@pytest.mark.parametrize("text", REVIEW_MIRRORS)
def test_the_new_rules_leave_their_everyday_look_alikes_alone(text: str) -> None:
    assert not screen(text).flag


# Everyday lines that older rules read as danger or as noticing a means (2026-11-24, late):
# the rules now step round them, and the danger they were written for still flags.
OLDER_RULE_MIRRORS = [
    "He is kicking the ball with his little brother right now.",
    "He was kicking a football against the garage all afternoon.",
    "My son was kicking in his sleep again last night.",
    "She was banging on about her new car again at lunch.",
    "He was pounding the pavement looking for work all week.",
    "The car park has no barrier on the top floor, I put it in my council report.",
    "We complained to the council that the bridge has no railings since the storm.",
]
OLDER_RULE_STILL_CRISIS = [
    ("danger_now", "He is kicking the door and screaming that he will kill me."),
    ("danger_now", "He is kicking me."),
    ("danger_now", "He was banging on the door at 2am."),
    ("danger_now", "He is pounding on the window and I'm hiding in the bathroom."),
    ("plan_or_means", "The car park by the station has no barriers on the top floor. I checked."),
]


@pytest.mark.parametrize("text", OLDER_RULE_MIRRORS)
def test_older_rules_leave_their_everyday_look_alikes_alone(text: str) -> None:
    assert not screen(text).flag


@pytest.mark.parametrize(("kind", "text"), OLDER_RULE_STILL_CRISIS)
def test_older_rules_still_read_the_danger_they_were_written_for(kind: str, text: str) -> None:
    assert kind in screen(text).kinds


# Families of the lines missed in the batch mixed_q (2026-11-24, night), in our own words,
# with the idioms it flagged, their look-alikes, and plain lines next to them that still
# flag.
MIXED_Q_FAMILIES = [
    ("suicidal_thoughts", "Without me my mum could finally rest."),
    ("suicidal_thoughts", "The dead never have to pretend at family dinners, lucky them."),
    ("suicidal_thoughts", "Hugged my sister for ages. Wanted her to have that to remember."),
    ("suicidal_thoughts", "Sat by Nan's grave all morning. I'd trade places with her tomorrow."),
    ("suicidal_thoughts", "honestly just tired of respawning"),
    ("suicidal_thoughts", "Kept thinking about not being alive any more on the bus home."),
    ("suicidal_thoughts", "Everyone is happier once I'm gone, I can see it."),
    ("plan_or_means", "To do: post office, bread, a length of rope from the DIY place."),
    (
        "plan_or_means",
        "Got an early repeat prescription, told them I was going away. I'm not.",
    ),
    ("self_harm", "Fresh plasters again. Another lie about the cat scratching me."),
]
MIXED_Q_IDIOMS = [
    "I'm going to hang myself if my team loses one more final, swear down.",
    "If my aunt asks one more time when I'm getting married I'm walking into the sea.",
    "I'll jump off a bridge if one more email says 'circling back' lol",
    "Overdosed on my grandma's ladoo again, no regrets.",
    "About to overdose on espresso before my exam.",
    "Beat my brother at chess and he said he's going to end you next game.",
    "Died thirty times to that last boss before I beat it.",
    "My mum said she'd kill me if I missed my cousin's wedding.",
    "This essay has a gun to my head, due at nine.",
    "Bleeding money on takeaways this month.",
    "Shaving in a rush and nicked myself, it looks worse than it is.",
    "kms the wifi dropped again",
    "Went in the sea in January and thought my heart would stop, so alive after.",
]
MIXED_Q_STILL_CRISIS = [
    ("suicidal_thoughts", "If he hits me one more time I'm going to end it all."),
    ("suicidal_thoughts", "If one more day goes like this I'm going to kill myself."),
    ("suicidal_thoughts", "I'm going to hang myself if I fail one more exam."),
    ("plan_or_means", "going to overdose on caffeine pills tonight, bought two boxes"),
    ("danger_now", "Mum said she'd strangle me with the cord if I touched her phone again."),
    ("danger_now", "He has a gun to my head."),
    ("suicidal_thoughts", "kms the pills are right here"),
    ("suicidal_thoughts", "I want to kill myself because my phone is full of his messages."),
    ("plan_or_means", "Overdosed on paracetamol and tea last night."),
    ("danger_now", "Nan used to threaten to strangle us if we touched anything."),
]
MIXED_Q_MIRRORS = [
    "I'd swap places with him at the front of the queue.",
    "Rope for the swing on my errands list.",
    "Another plaster for the toddler's knee, another excuse about why he can't come.",
    "Everyone levels up when I'm gone for the weekend, more snacks for them.",
    "Thought about not being around at the weekend, so I booked the dog sitter.",
    "Sick of respawning at the same checkpoint in this game.",
]


@pytest.mark.parametrize(("kind", "text"), MIXED_Q_STILL_CRISIS)
def test_a_jest_shape_said_about_harm_or_a_life_still_flags(kind: str, text: str) -> None:
    assert kind in screen(text).kinds


# "Cut myself when…" read as an accident only when an everyday task follows (2026-11-24,
# night): a bare "when" or "while" is how self-harm is told.
SELF_HARM_TOLD_WITH_WHEN = [
    "I cut myself when I'm upset.",
    "I burn myself when the voices get loud.",
    "Cut myself while everyone was asleep.",
    "I use the razor to cut myself when it gets bad.",
    "Hurt myself while he watched.",
]
ACCIDENTS_TOLD_WITH_WHEN = [
    "I cut myself when I was chopping onions.",
    "Burnt myself when I was getting the tray out of the oven.",
    "Hurt myself while lifting the sofa.",
    "Cut myself while peeling potatoes, plaster on now.",
]


@pytest.mark.parametrize("text", SELF_HARM_TOLD_WITH_WHEN)
def test_self_harm_told_with_when_is_not_an_accident(text: str) -> None:
    assert "self_harm" in screen(text).kinds


@pytest.mark.parametrize("text", ACCIDENTS_TOLD_WITH_WHEN)
def test_an_accident_in_an_everyday_task_stays_calm(text: str) -> None:
    assert not screen(text).flag


# Idioms that could hide a crisis line in the same words, found by reading every crisis
# line an idiom was blanked in (2026-11-24, night); each idiom now steps round its
# literal use, and the everyday one stays calm.
IDIOMS_STEP_ROUND = [
    ("suicidal_thoughts", "Spent the evening thinking about killing myself for good."),
    ("suicidal_thoughts", "I've been wanting to die for a while now."),
    ("self_harm", "Going to burn myself with the lighter once they're asleep."),
    ("self_harm", "I deliberately burnt my arm on the iron."),
    ("danger_now", "He keeps saying he'll kill me if I leave the house."),
    ("plan_or_means", "I'm going to walk into the sea if the pain comes back one more time."),
]
EVERYDAY_SIDE = [
    "I'd die for a cup of tea right now.",
    "I've been killing myself at work all month.",
    "I beat myself up about that exam for days.",
    "Stubbed my toe on the bed frame again.",
    "I burnt my hand on the oven tray getting the roast out.",
    "I'd rather die than go to that karaoke night.",
]


# Not set aside as a jest (the backstop reads them like any other line); the screen
# itself knows these kinds of words too.
NO_LONGER_SET_ASIDE = [
    "I'd die happy if it meant the pain stopped.",
    "I'd rather die than be a burden on my son.",
    "I want the ground to swallow me forever.",
    "I beat myself with the belt again tonight.",
    "Stubbed a cigarette out on my wrist.",
]


@pytest.mark.parametrize(("kind", "text"), IDIOMS_STEP_ROUND)
def test_an_idiom_steps_round_its_literal_use(kind: str, text: str) -> None:
    assert kind in screen(text).kinds


@pytest.mark.parametrize("text", NO_LONGER_SET_ASIDE)
def test_literal_words_are_no_longer_set_aside_as_a_jest(text: str) -> None:
    assert set_aside(text) != "idiom"


@pytest.mark.parametrize("text", EVERYDAY_SIDE)
def test_the_everyday_side_of_those_idioms_stays_calm(text: str) -> None:
    assert not screen(text).flag


# Families of the lines missed in the batch mixed_r (2026-11-25), in our own words, with
# the idioms it flagged, their look-alikes, and plain lines next to them that still flag.
MIXED_R_FAMILIES = [
    ("suicidal_thoughts", "I'd rather die than tell my coach. Not even joking."),
    ("suicidal_thoughts", "I'd rather be dead than go back there. And I really mean it."),
    ("suicidal_thoughts", "Easter will be calmer next year. Nobody will have to tiptoe around me."),
    ("suicidal_thoughts", "Mum won't have to worry about me much longer."),
    (
        "suicidal_thoughts",
        "Deleted my playlists and closed my savings account. Won't matter by Friday.",
    ),
    ("self_harm", "Hiding the fresh cuts under my watch strap again."),
    (
        "plan_or_means",
        "The goods train rolls through the crossing at 4:15. Been timing it for days.",
    ),
    ("danger_now", "My brother stabbed me with a kitchen knife last night."),
    ("danger_now", "He stabbed me in the back with a screwdriver."),
]
MIXED_R_IDIOMS = [
    "I'd rather die than sing karaoke at the staff party.",
    "His dad jokes are so bad they make me want to die.",
    "My ringtone makes me want to die, I need to change it.",
    "Priya stabbed me in the back by telling everyone about the surprise.",
    "The wind on the pier stabs you right through your coat.",
]
MIXED_R_MIRRORS = [
    "I move to uni in September, so mum won't have to put up with me any more.",
    "Cancelled my phone contract, won't matter after this week since I'm switching.",
    "The express passes the bridge at 3:10, timed it all week for a good photo.",
    "My little brother stabbed me with a fork at dinner, the menace.",
]


def test_a_wish_said_lightly_is_an_idiom_until_it_is_said_to_be_meant() -> None:
    light = "I'd rather die than tell dad I failed."
    assert not screen(light).flag
    assert set_aside(light) == "idiom"
    for meant in (f"{light} I mean it this time.", f"{light} Not joking."):
        assert screen(meant).kinds == ("suicidal_thoughts",), meant
    # "Seriously" is emphasis as often as not, so it does not make the wish meant.
    assert not screen(f"{light} Seriously.").flag


def test_a_stab_in_the_back_is_set_aside_unless_a_blade_or_wound_is_named() -> None:
    assert set_aside("Danny stabbed me in the back by telling Mum I'd come.") == "idiom"
    assert set_aside("He stabbed me in the back and I'm bleeding.") == ""
    assert "danger_now" in screen("He stabbed me in the back and I'm bleeding.").kinds


# Families of the lines missed in the batch mixed_s (2026-11-25), in our own words, with
# the idioms it flagged, their look-alikes, and plain lines next to them that still flag.
MIXED_S_FAMILIES = [
    ("self_harm", "Pressed my hand flat on the hob ring for as long as I could."),
    ("self_harm", "Kept my fingers under the hot tap until they blistered."),
    ("suicidal_thoughts", "Hugged my nan goodbye without her knowing what it really was."),
    (
        "suicidal_thoughts",
        "Tidying my room feels like getting ready for a trip I won't come back from.",
    ),
    ("suicidal_thoughts", "Wiping myself off every app before the rest of me goes too."),
    ("danger_now", "The same black car was behind me from school to the shop to our road."),
    ("danger_now", "Text from the loan shark: a photo of my mum's front door."),
    ("danger_now", "Sleeping in my trainers again, in case he comes back."),
]
MIXED_S_IDIOMS = [
    "Mismatched socks to the interview would be fashion suicide, apparently.",
    "The rosemary is committing mass suicide on the windowsill.",
    "My laptop fan has an actual death wish today.",
    "I'll fall on my sword for the missed deadline, it was my call.",
    "The board will hang me out to dry if the figures slip.",
    "Hanging on by a fingernail until the holidays.",
    "Took a stab at the crossword and got six clues.",
    "The examiner stabbed my thesis full of holes, fair enough.",
    "Grandma's side eye is lethal.",
    "Someone executed my yoghurt in the office fridge.",
    "My motivation has flatlined this week.",
    "Cause of death: thirty mock exam papers.",
    "Tried the ghost pepper wings. They nearly finished me off, would do again.",
]
MIXED_S_MIRRORS = [
    "Burned my hand on the hob reaching for the salt, ran it under cold water.",
    "Held my hands over the radiator to warm them after the walk.",
    "Said goodbye to the team without them knowing it was my last day before the move.",
    "Packing for a trip I won't come back from for a year: Melbourne here I come.",
    "Sleeping in my clothes again, too tired to change after the night shift.",
    # Narrowed in review: an iron railing, an Irish goodbye, a detox, a queue, the bookies.
    "Held my hand on the iron railing while the ferry docked.",
    "Did an Irish goodbye, slipped out without anyone noticing.",
    "Deleted myself from all the group chats before I go on my detox.",
    "Same guy behind me in the coffee queue every morning.",
    "The bookies outside my work closed down.",
]
#: The same words as the light "nearly finished me off", about a person's blows.
FINISHED_ME_OFF_BLOWS = "He nearly finished me off, I said, then he hit me again."


# Every fresh batch's round, read together: its families flag, its idioms and mirrors
# do not.
FRESH_FAMILIES = (
    MIXED_M_FAMILIES + MIXED_N_FAMILIES + MIXED_Q_FAMILIES + MIXED_R_FAMILIES + MIXED_S_FAMILIES
)
FRESH_CALM = (
    MIXED_M_MIRRORS
    + MIXED_N_MIRRORS
    + MIXED_Q_IDIOMS
    + MIXED_Q_MIRRORS
    + MIXED_R_IDIOMS
    + MIXED_R_MIRRORS
    + MIXED_S_IDIOMS
    + MIXED_S_MIRRORS
)


@pytest.mark.parametrize(("kind", "text"), FRESH_FAMILIES)
def test_the_families_missed_in_the_fresh_batches_are_read(kind: str, text: str) -> None:
    assert kind in screen(text).kinds


@pytest.mark.parametrize("text", FRESH_CALM)
def test_the_fresh_batches_idioms_and_mirrors_stay_calm(text: str) -> None:
    assert not screen(text).flag


def test_hanging_on_by_a_thread_is_not_set_aside_as_a_jest() -> None:
    # "By a thread" is said of real distress as often as of a knitting pattern, so only
    # the jokier forms ("by a fingernail") are set aside for the backstop.
    assert set_aside("Hanging on by a thread tonight.") == ""
    assert set_aside("Hanging on by a fingernail until Friday.") == "idiom"


def test_wanting_to_go_with_what_is_gone_is_read_but_not_an_errand() -> None:
    assert screen("The thread snapped today and I want to go with it.").kinds == (
        "suicidal_thoughts",
    )
    assert (
        "suicidal_thoughts" in screen("Dad died last spring and I just want to go with him.").kinds
    )
    assert not screen("Mum's gone to the shops and I want to go with her next time.").flag
    assert not screen("The dog has gone out with Dad, I wanted to go with them.").flag


def test_nearly_finished_me_off_is_a_jest_only_in_a_light_context() -> None:
    found = sentences("Tried the vindaloo at last. It nearly finished me off.")
    _, (second, light, literal) = in_context(found)
    assert light
    assert set_aside(second, light, literal) == "idiom"
    assert set_aside(second) == ""
    # A blow named: a person's violence, read as meant even beside a light word.
    assert set_aside(FINISHED_ME_OFF_BLOWS, light=True) == ""


# A sentence that names a story is read as the story's unless it is the writer's: a word
# of theirs, or (2026-11-25) a clause opened by a verb whose subject, the writer, is left
# out, as diaries do.
def test_a_thought_with_the_writer_left_out_is_theirs_though_a_story_is_named() -> None:
    own = "Long day. Thought about not being alive any more, watched some anime, slept."
    assert screen(own).kinds == ("suicidal_thoughts",)
    assert "suicidal_thoughts" in screen("Kept thinking about ending it, then a film.").kinds
    for story in (
        "The film is about a soldier who wants to die.",
        "Suicide note in the book made me cry.",
        "That episode where the character wants to die was hard to watch.",
    ):
        assert not screen(story).flag, story


def test_wanting_to_disappear_under_the_table_is_embarrassment() -> None:
    assert not screen("Forgot my lines and wanted to disappear under the table.").flag
    assert "suicidal_thoughts" in screen("I just want to disappear, for good.").kinds
