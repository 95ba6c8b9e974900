"""The STAR story checks (autograde.stories, autograde.story_bank) say what is wrong, specifically."""

import copy

import pytest

from autograde.stories import (
    MAX_WORDS,
    MIN_WORDS,
    PRINCIPLES,
    PROMPTS,
    STAR_PARTS,
    check_first_person,
    check_length,
    check_principles,
    check_probed,
    check_prompts,
    check_result,
    check_structure,
    count_words,
    first_person_counts,
    principle_name,
    result_figures,
    review_story,
    spoken_words,
)
from autograde.story_bank import check_bank_size, check_coverage, problems_in, review_bank

GOOD = {
    "title": "A nightly job that nobody dared to touch",
    "situation": (
        "At a marketplace for used furniture, a nightly job built the features for every pricing "
        "model. It ran for six hours on a large cluster, failed about twice a month, and when it "
        "failed the morning prices were a day stale, which sellers noticed and complained about "
        "within hours."
    ),
    "task": (
        "I had joined the pricing team three months earlier, and I volunteered to make the job "
        "cheaper and reliable without changing a single feature value that the models relied on."
    ),
    "action": (
        "I began by profiling each stage, because the team assumed the model scoring was slow, and "
        "I wanted evidence before touching anything. The profile showed that most of the time went "
        "into recomputing twelve months of history every night, although only the last day ever "
        "changed. I proposed an incremental design: keep the history in daily partitions and "
        "compute only the new day. My manager worried about silent differences, so I ran the old "
        "and the new job side by side for two weeks and compared every feature value, row by row. "
        "I found two features that depended on the whole window, a rolling median and a rank, and "
        "I rewrote them with small summary tables instead of the raw rows. I also wrote a check "
        "that compares the row counts of each partition with the source tables and stops the run "
        "before anything stale reaches the prices. Finally, I documented the design on one page "
        "and walked the on-call engineers through it, so that the job no longer depended on me."
    ),
    "result": (
        "The job went from 6 hours to 40 minutes, the cluster bill fell by about $9k a month, and "
        "in the next two quarters it failed once instead of 12 times, with the check stopping it "
        "before any stale price went out. I learned to profile before I optimise, and that a "
        "side-by-side run is the cheapest way to win over a sceptical owner."
    ),
    "principles": ["Frugality", "Invent and Simplify"],
    "prompts": ["simplify"],
}


def story(**changes) -> dict:
    changed = copy.deepcopy(GOOD)
    changed.update(changes)
    return changed


def test_a_good_story_passes_every_check():
    assert MIN_WORDS <= spoken_words(GOOD) <= MAX_WORDS
    for check in (check_structure, check_result, check_first_person, check_length,
                  check_principles, check_prompts):
        assert check(GOOD) == [], check.__name__
    assert review_story(GOOD) == []


def test_a_result_without_a_figure_is_named():
    vague = story(result="The job became much faster and much cheaper, it failed far less often, "
                         "the team was relieved, and the morning prices were fresh again. I "
                         "learned to profile before I optimise, and to compare old and new side "
                         "by side.")
    problems = check_result(vague)
    assert len(problems) == 1 and problems[0].startswith("the result has no figure")
    assert review_story(vague) == problems


@pytest.mark.parametrize("text, found", [
    ("Shipped in Q3 2023 on model v2.1 at level L6.", []),
    ("Errors fell from 22% to 9%, saving $15k and 3 days; 1,200 rows.", ["22%", "9%", "$15k",
                                                                       "3 days", "1,200"]),
    ("We saved 2000 hours in 2023.", ["2000 hours"]),
])
def test_years_and_labels_are_not_figures(text, found):
    assert result_figures(text) == found


def test_an_action_told_with_we_only_is_named():
    team = story(action=GOOD["action"].replace("I ", "we ").replace("My ", "Our ")
                 .replace(" me.", " us.").replace(" me ", " us "))
    singular, plural = first_person_counts(team["action"])
    assert singular == 0 and plural > 0
    problems = check_first_person(team)
    assert len(problems) == 2
    assert problems[0].startswith("the action uses I/me/my only 0 time(s)")
    assert problems[1].startswith(f"the action says we/us/our {plural} time(s) and I/me/my only 0")


def test_the_country_is_not_we():
    assert first_person_counts("I launched it in the US; we're next, I'm told, my plan") == (3, 1)


def test_a_150_word_story_is_timed_and_rejected():
    words = " ".join(GOOD[part] for part in STAR_PARTS).split()
    short = story(situation=" ".join(words[:30]), task=" ".join(words[30:50]),
                  action=" ".join(words[50:120]), result=" ".join(words[120:150]))
    assert spoken_words(short) == 150
    assert check_length(short) == [
        "the story takes about 1:04 to tell (150 words at 140 words a minute); aim for 2 to 3 "
        "minutes, 280 to 420 words: add the reasoning behind your decisions, the options you "
        "weighed and the figures in the result"
    ]


def test_a_story_past_three_minutes_is_rejected():
    long = story(action=GOOD["action"] + " " + GOOD["action"])
    (problem,) = check_length(long)
    assert problem.startswith("the story takes about 3:") and "cut background" in problem


def test_an_unknown_principle_name_is_named_with_a_suggestion():
    problems = check_principles(story(principles=["Frugality", "Customer Obsessed"]))
    assert problems == ["'Customer Obsessed' is not one of the 16 principle names (did you mean "
                        "'Customer Obsession'?): use the exact words (see PRINCIPLES)"]


def test_principle_names_ignore_case_spacing_and_punctuation():
    assert len(PRINCIPLES) == 16
    assert principle_name("  are right a lot ") == "Are Right, A Lot"
    assert principle_name("Have Backbone, Disagree and Commit") == "Have Backbone; Disagree and Commit"
    assert principle_name("Strive to be Earth\u2019s Best Employer") == "Strive to be Earth's Best Employer"
    assert principle_name("Deep Dive") is None
    assert check_principles(story(principles=["dive deep", "Dive  Deep"])) == [
        "'Dive Deep' is tagged twice"]
    assert len(check_principles(story(principles=list(PRINCIPLES[:4])))) == 1


def test_probed_principles():
    assert check_probed(GOOD, ["frugality", "Think Big"]) == []
    (problem,) = check_probed(GOOD, ["Customer Obsession", "earn trust"])
    assert problem.startswith("none of the story's principle tags is one this question probes "
                              "(Customer Obsession, Earn Trust)")
    assert check_probed({"principles": "Frugality"}, ["Frugality"]) != []


def test_structure_problems_are_specific():
    assert check_structure("a story") == [
        "a story must be a dict with the keys title, situation, task, action, result, "
        "principles, prompts; this one is a str"]
    thin = story(task="TODO", principles="Frugality")
    problems = check_structure(thin)
    assert any(p.startswith("the task has 1 words") for p in problems)
    assert any("placeholder text ('TODO')" in p for p in problems)
    assert "principles should be a list of strings, e.g. ['Ownership']" in problems
    padded = story(situation=" ".join([GOOD["situation"]] * 5))
    assert any(p.startswith("the action is only") for p in check_structure(padded))


def test_prompt_keys_and_word_counts():
    assert "disagree_manager" in PROMPTS
    assert check_prompts(story(prompts=["disagree manager"]))[0].startswith(
        "'disagree manager' is not a prompt key (did you mean 'disagree_manager'?)")
    assert count_words("cut  costs \n by 40% - $40k A/B") == 6


def test_bank_checks_label_each_story():
    bank = [story(title=f"Story {i}", action=GOOD["action"] + f" Run {i}.") for i in range(15)]
    assert check_bank_size(bank) == []
    assert check_coverage(bank)[0].startswith("the bank covers 2 of the 16 principles")
    bank[3] = story(title="Story 3", result="It went well.", action=bank[3]["action"])
    assert problems_in(bank, check_result)[0].startswith("story 4 ('Story 3'): the result has no")
    assert any(p.startswith("story 4") for p in review_bank(bank))
