"""Plausible wrong answers for week08/full_loop_mock: each must lose points.

Each round's answer is one story of about 300 words, so the wrong stories are not written out by
hand: each is the notebook's own model story (read from the authoring file) with one typical
weakness applied, then written back as a complete ``name = {...}`` answer cell.
"""

import copy
import pprint
import re
from pathlib import Path

_AUTHORING = Path(__file__).resolve().parents[3] / "curriculum" / "week08" / "full_loop_mock.py"

ROUNDS = [
    "disagree_with_manager",
    "incomplete_data_decision",
    "owned_end_to_end",
    "explain_to_partners",
    "failure_and_lesson",
    "bar_raiser_changed_mind",
    "bar_raiser_quality_bar",
    "bar_raiser_customer_vs_metric",
]


def _model_story(name: str) -> dict:
    text = _AUTHORING.read_text(encoding="utf-8")
    start = text.index(f"### BEGIN SOLUTION\n{name} = {{")
    namespace: dict = {}
    exec(text[start : text.index("### END SOLUTION", start)], namespace)  # noqa: S102
    return namespace[name]


def _cell(name: str, story: dict) -> str:
    return f"{name} = " + pprint.pformat(story, width=100, sort_dicts=False) + "\n"


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def _wrong(name: str, change) -> str:
    story = copy.deepcopy(_model_story(name))
    change(story)
    return _cell(name, story)


def _vague_result(story):
    # "it went really well": the figures replaced by how everybody felt about it
    kept = [s for s in _sentences(story["result"]) if not re.search(r"\d", s)]
    story["result"] = ("It was a big success: the numbers improved a lot, the stakeholders were "
                       "very happy with the outcome, and the approach was adopted by other teams "
                       "afterwards. " + " ".join(kept))


_PLURAL = [
    (r"\bI'm\b", "we're"), (r"\bI've\b", "we've"), (r"\bI'd\b", "we'd"), (r"\bI'll\b", "we'll"),
    (r"\bI\b", "we"), (r"\bme\b", "us"), (r"\bmy\b", "our"), (r"\bMy\b", "Our"),
    (r"\bmine\b", "ours"), (r"\bmyself\b", "ourselves"), (r"\bwe was\b", "we were"),
    (r"\bwe am\b", "we are"), (r"(^|[.!?]\s+)we\b", r"\1We"),
]


def _team_voice(story):
    # the team story: every "I" became "we", so nobody can tell what the candidate did
    for part in ("situation", "task", "action", "result"):
        text = story[part]
        for pattern, plural in _PLURAL:
            text = re.sub(pattern, plural, text)
        story[part] = text


def _elevator_pitch(story):
    # far too short: one sentence per STAR part, about half a minute out loud
    for part in ("situation", "task", "action", "result"):
        story[part] = _sentences(story[part])[0]


# The tag a candidate reaches for first, but not one the prompt probes.
_OFF_TOPIC = {
    "disagree_with_manager": ["Deliver Results"],
    "incomplete_data_decision": ["Frugality", "Customer Obsession"],
    "owned_end_to_end": ["Invent and Simplify", "Learn and Be Curious"],
    "explain_to_partners": ["Deliver Results"],
    "failure_and_lesson": ["Insist on the Highest Standards", "Deliver Results"],
    "bar_raiser_changed_mind": ["Customer Obsession", "Frugality"],
    "bar_raiser_quality_bar": ["Deliver Results", "Earn Trust"],
    "bar_raiser_customer_vs_metric": ["Deliver Results", "Dive Deep"],
}


def _off_topic(name: str):
    def change(story):
        # tagged with principles the story may show, but not one this prompt is about
        story["principles"] = list(_OFF_TOPIC[name])
    return change


def _misremembered_name(story):
    # the principle from memory: close to the real name, but not it
    story["principles"] = ["Disagree and Commit", "Earns Trust"]


def _years_as_figures(story):
    # a date and a quarter label where the outcome should be
    kept = [s for s in _sentences(story["result"]) if not re.search(r"\d", s)]
    story["result"] = ("The new version went live in Q3 2023 and was still in place in 2024, "
                       "well ahead of the H2 plan. " + " ".join(kept))


def _five_minute_epic(story):
    # the whole project log read out loud: well past three minutes
    story["action"] += (
        " To give you the full picture, I also want to go through everything else I did along the "
        "way. I rebuilt the reporting tables, documented every column, reran the numbers for each "
        "region and each customer segment, reviewed them with four different teams one by one, "
        "and collected comments over several weeks. I prepared three versions of the slides, one "
        "for each audience, and I updated them after every meeting. I checked every figure "
        "against an older analysis, reconciled the small differences, and wrote a long appendix "
        "describing each step, each parameter and each data source, in case anyone wanted to "
        "repeat the work later. I also tried two other approaches that did not change the "
        "conclusion, and I documented them in the same detail, with their run times and costs."
    )


WRONG_ANSWERS = {
    name: [
        _wrong(name, _vague_result),
        _wrong(name, _team_voice),
        _wrong(name, _elevator_pitch),
        _wrong(name, _off_topic(name)),
    ]
    for name in ROUNDS
}
WRONG_ANSWERS["disagree_with_manager"].append(
    _wrong("disagree_with_manager", _misremembered_name))
WRONG_ANSWERS["bar_raiser_changed_mind"].append(_wrong("bar_raiser_changed_mind", _years_as_figures))
WRONG_ANSWERS["bar_raiser_quality_bar"].append(_wrong("bar_raiser_quality_bar", _five_minute_epic))
