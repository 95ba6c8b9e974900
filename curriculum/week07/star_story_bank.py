# %% [markdown]
# # Week 7 · A STAR story bank for the leadership-principles rounds
#
# The loop gives one or two whole interviews, and a slice of every other one, to behavioral
# questions built on the company's 16 Leadership Principles, and those answers weigh as much
# as the technical rounds: a candidate who aces the SQL but tells vague stories does not get
# an offer. The specially trained "Bar Raiser" interviewer is known to dig hardest into them.
# Good stories are not improvised in the room. Candidates who do well arrive with a bank of
# 15 to 20 prepared stories, each told in the STAR shape (Situation, Task, Action, Result),
# each linked to the principles it shows, and each rehearsed aloud until it fits in two to
# three minutes. This notebook is where you build that bank, in a form you can keep editing
# right up to the interview.
#
# **How to answer.** Exercise 1 is the bank itself: one answer cell that defines `STORIES`,
# a list of dicts with a fixed set of keys. A locked cell above it loads the checks
# (`review_story`, `review_bank`, `show_review` and a few more) that you can call at any
# time while you write: they answer with concrete sentences about what to fix. Exercise 2
# is a small function, `speaking_time`, that estimates how long a text takes to say. The
# stories must be yours, from your own work, studies or projects. Writing them is the real
# exercise, and an interviewer's follow-up questions expose a borrowed story within a
# minute.
#
# **How grading works.** Exercise 1 has eight test cells, one per rule (structure, figures
# in the results, first person, spoken length, principle names, bank size, principle
# coverage, common prompts), each worth points. The visible part of each test calls the same
# check you can call yourself; the hidden part checks the same stated rule again with its own
# code, so changing the check functions does not change your grade.
# `autograde check week07/star_story_bank.ipynb` (see the end of the notebook) runs
# everything. Tests can only check form. Whether a story is specific, shows your own
# judgement and holds up to a technical follow-up is graded by a person with the rubric after
# exercise 1 (8 points, which `autograde check` does not count). Passing every test is the
# floor, not the goal.

# %% [markdown]
# ## The 16 Leadership Principles
#
# Tag each story with the principles it shows, using these exact names (letter case does not
# matter). The right-hand column suggests the kind of data-science story that fits each one.
#
# | principle | a data-science story that shows it |
# |---|---|
# | Customer Obsession | you changed a metric, a model or a plan because of what customers actually experienced |
# | Ownership | you took on something nobody owned, or looked past your team's boundary and past this quarter |
# | Invent and Simplify | you replaced something complicated with something simpler, or built a tool that did not exist |
# | Are Right, A Lot | your judgement held up: you weighed conflicting evidence and looked for views that challenged yours |
# | Learn and Be Curious | you picked up a new method or domain because the problem needed it |
# | Hire and Develop the Best | you raised the hiring bar, or helped a colleague grow |
# | Insist on the Highest Standards | you refused to ship work that was not good enough, and fixed the cause rather than the symptom |
# | Think Big | you turned a narrow request into a much larger opportunity |
# | Bias for Action | you moved fast on a reversible decision instead of waiting for perfect data |
# | Frugality | you got the result with less: less compute, data, money or headcount |
# | Earn Trust | you admitted a mistake, were candid, or listened your way into a sceptical partner's confidence |
# | Dive Deep | you went down to the raw data to find the real cause behind a misleading number |
# | Have Backbone; Disagree and Commit | you challenged a decision with evidence, then committed fully once it was made |
# | Deliver Results | you reached an important goal despite setbacks |
# | Strive to be Earth's Best Employer | you made your team's work fairer, safer, more sustainable or more rewarding |
# | Success and Scale Bring Broad Responsibility | you weighed the wider effects of your work: fairness, privacy, the environment |
#
# A story usually shows two or three principles at once, and one principle can be shown by
# many stories. That is what makes a bank of 15 to 20 enough for 16 principles: interviewers
# rarely ask about a principle by name, they ask a question and listen for it.

# %% [markdown]
# ## 1. The story bank
# *STAR structure, first person, figures, timing, principle coverage*
#
# **What a good story sounds like.** Each STAR part has a job. The **situation** sets the
# scene in a few sentences: where you were, what was going on, what was at stake. The
# **task** says what *you* owned or were asked to achieve. The **action** is the heart of
# the story and should take about half of it: the steps you took, the options you weighed
# and why you chose the one you did. The **result** says what changed, in figures, and what
# you learned. Interviewers follow up relentlessly ("why that metric?", "what would you do
# differently?", "what did your manager think?"), so a story must hold up one or two
# levels deeper than what you say at first.
#
# **The classic traps**, each caught by one of the checks below:
#
# - *The long backstory.* Two minutes of context, thirty seconds of action. The interviewer
#   scores what you did, so the action must carry the story.
# - *The team story.* "We built, we launched, we saw." The interviewer cannot hire your team
#   and cannot tell which decisions were yours. Say "I", and be honest about what others did.
# - *No result, or a vague one.* "It went well and people were happy." Give a figure: a
#   percentage, an amount of money, time saved, a count. If you cannot measure the outcome,
#   give its scale ("across 40,000 orders a day").
# - *The five-minute epic.* Past three minutes, attention drops and the interviewer has no
#   time left for follow-ups. Under two minutes, there is no room for your reasoning.
# - *Tag stuffing.* A story that claims every principle convinces nobody; pick the one to
#   three it shows best.
# - *The missing classics.* Some questions come up in almost every loop (the six prompts
#   below). Walking in without a story for each of them is a preventable miss.
#
# Do not memorise stories word for word: know the beats and the figures, and tell them
# naturally. A scripted answer sounds scripted.
#
# **The format.** Write the bank as a Python list of dicts, one dict per story, with exactly
# these keys:
#
# ```python
# STORIES = [
#     {
#         "title": "...",       # a short handle you can recall under pressure (1 to 12 words)
#         "situation": "...",   # the scene and the stakes
#         "task": "...",        # what you owned or were asked to achieve
#         "action": "...",      # what you did and why: about half of the story
#         "result": "...",      # what changed, in figures, and what you learned
#         "principles": [...],  # 1 to 3 exact principle names
#         "prompts": [...],     # keys of PROMPTS this story can answer (may be empty)
#     },
#     ...  # 15 to 20 stories
# ]
# ```
#
# One example, deliberately short so that it fits on the screen. The checks would flag it:
# it takes under a minute to say, and its action is too thin. A story in your bank needs 2 to
# 3 minutes, most of them spent on the action: why the holidays broke the model, which fixes
# you weighed, how you won the store managers back.
#
# ```python
# {
#     "title": "Promo forecast that missed every holiday",
#     "situation": "At a regional grocery chain, the weekly sales forecast missed by more than "
#                  "20% in every holiday week, and store managers had stopped trusting it.",
#     "task": "I was asked to find out why the holiday weeks failed and to fix them before "
#             "the Easter order deadline.",
#     "action": "I compared the errors week by week and saw that the model treated Easter "
#               "as a fixed date. I added a moving-holiday feature, backtested it on three "
#               "years, and showed the store managers the before-and-after errors myself.",
#     "result": "Holiday-week error fell from 22% to 9%, and waste in those weeks dropped by "
#               "about $15k. I learned to check errors by calendar event, not only on average.",
#     "principles": ["Dive Deep", "Deliver Results"],
#     "prompts": ["ownership"],
# }
# ```
#
# **The prompt keys.** `prompts` lists the questions a story can answer, as keys of the
# `PROMPTS` dict defined in the check cell. The first six are the questions this loop asks
# most, and every bank needs at least one story for each; the other keys are optional.
#
# | key | question | required |
# |---|---|---|
# | `why_company` | Why this company, and why you would do well here | yes |
# | `incomplete_data` | A difficult decision you made with incomplete data | yes |
# | `disagree_manager` | A time you disagreed with your manager | yes |
# | `ownership` | A challenging project you took ownership of | yes |
# | `strengths_weaknesses` | Your strengths, and a weakness you are working on | yes |
# | `non_technical` | Explaining technical results to non-technical partners | yes |
# | `failure` | A time you failed or got something wrong | |
# | `tight_deadline` | Delivering under a tight deadline | |
# | `customer_insight` | Changing course because of what customers needed | |
# | `deep_dive` | Finding the real cause behind a misleading number | |
# | `simplify` | Making a model, a process or a tool simpler | |
# | `mentoring` | Helping someone else grow | |
# | `high_standards` | Refusing to accept work that was not good enough | |
# | `earn_trust` | Building trust with a sceptical partner, or winning it back | |
#
# "Why this company" and "strengths and weaknesses" are not stories in themselves, but the
# best answers lean on one: tag the story you would use as your evidence (a weakness story
# shows the weakness, what it cost, and what you now do about it, with a figure).
#
# **The rules.** Each rule has a check function in the cell below and a test cell worth
# points. Words are counted the same way everywhere: a word is a whitespace-separated token
# that contains at least one letter or digit, so `$40k` and `A/B` count, a lone `-` does not.
#
# - **Structure** (`check_structure`; test `story_bank_test`, 2 points). All seven keys; a
#   title of 1 to 12 words; at least 20 words of situation, 12 of task, 60 of action and 20
#   of result; no placeholder left (`TODO`, `TBD`, `lorem`, `xxx`, `[...]`); no two STAR
#   parts with the same text; the action holds at least 40% of the words of the four parts;
#   `principles` and `prompts` are lists of strings.
# - **Figures** (`check_result`, and `result_figures` lists what it found;
#   `story_bank_test_2`, 2 points). The result contains at least one figure: a number
#   written in digits that is not glued to a letter, a digit or a dot in front of it (so
#   `Q3`, `L6` and `v2.1` do not count), with an optional currency sign before it or unit
#   after it. A four-digit year from 1900 to 2099 counts only with a currency sign or a unit
#   (`2000 hours`). Write `12%`, not "twelve percent".
# - **First person** (`check_first_person`; `story_bank_test_3`, 2 points). In the action,
#   at least 3 first-person singular words (I, me, my, mine, myself, and I'm, I've, I'd,
#   I'll), and more of them than first-person plural words (we, us, our, ours, ourselves,
#   and we're, we've, we'd, we'll; "US" in capitals is the country and does not count).
# - **Spoken length** (`check_length`; `story_bank_test_4`, 2 points). The situation, task,
#   action and result together take 2 to 3 minutes at 140 words a minute: 280 to 420
#   words, both ends included. The title and the tags are not spoken.
# - **Principle tags** (`check_principles`; `story_bank_test_5`, 1 point). 1 to 3 tags per
#   story, each one of the 16 names, none twice. Letter case, extra spaces, commas,
#   semicolons and the apostrophe style do not matter; the words do.
# - **Bank size** (`check_bank_size`; `story_bank_test_6`, 1 point). 15 to 20 stories, no
#   two with the same title or the same action.
# - **Coverage** (`check_coverage`; `story_bank_test_7`, 2 points). At least 12 of the 16
#   principles are tagged on some story, and of the principles you cover, at most a quarter
#   (rounded down) rest on a single story: "tell me about another time" is the most common
#   follow-up there is.
# - **Common prompts** (`check_common_prompts` and `check_prompts`; `story_bank_test_8`, 2
#   points). Each of the six required prompt keys is tagged on at least one story; every
#   prompt key is a key of `PROMPTS`, at most 3 per story, none twice in a story.
#
# **Question.** In the answer cell, replace `raise NotImplementedError()` with your bank:
# `STORIES = [...]`, a list of 15 to 20 story dicts in the format above that passes every
# rule above. Run the check cell first, then, while you write, run
# `review_story(STORIES[0])` for one story, `review_bank(STORIES)` for every problem in the
# bank, or `show_review(STORIES)` for a full report with the timing of each story.

# %% nbgrader={"grade_id": "star_checks", "locked": true}
# The rules of the story bank, as functions you can call while you write. Each check_* function
# takes one story (or, for the bank-level ones, the whole list) and returns a list of problems,
# each a sentence saying what to fix; an empty list means the rule is met. The code lives in the
# course package: read it with `review_story??`, or in autograde/stories.py (one story) and
# autograde/story_bank.py (the whole bank).
from autograde.stories import (
    COMMON_PROMPTS,
    MAX_TAGS,
    MAX_WORDS,
    MIN_WORDS,
    MORE_PROMPTS,
    PRINCIPLES,
    PROMPTS,
    STAR_PARTS,
    STORY_CHECKS,
    STORY_KEYS,
    WORDS_PER_MINUTE,
    check_first_person,
    check_length,
    check_principles,
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
from autograde.story_bank import (
    BANK_CHECKS,
    MAX_STORIES,
    MIN_COVERED,
    MIN_STORIES,
    check_bank_size,
    check_common_prompts,
    check_coverage,
    explain,
    plot_coverage,
    principle_coverage,
    problems_in,
    review_bank,
    show_review,
)

# %% [markdown]
# Try the checks on a weak first draft (this cell is not graded; edit it freely). Every
# sentence in the output is one thing to fix.

# %%
first_draft = {
    "title": "Churn model",
    "situation": "We had a churn problem.",
    "task": "Build a churn model.",
    "action": "We built an XGBoost model with our features, we tuned it, and then we shipped it.",
    "result": "It went well and the business was happy with it.",
    "principles": ["Deliver Result", "Customer Obsessed"],
    "prompts": ["Tell me about a project you owned"],
}
review_story(first_draft)

# %% nbgrader={"grade_id": "story_bank", "solution": true}
# Your bank: STORIES = [ {...}, {...}, ... ] with 15 to 20 stories. Copy this template for each:
#     {
#         "title": "",
#         "situation": "",
#         "task": "",
#         "action": "",
#         "result": "",
#         "principles": [],
#         "prompts": [],
#     },
### BEGIN SOLUTION
STORIES = [
    {
        "title": "Delivery promises customers could trust",
        "situation": (
            "At an online home-goods retailer, every product page showed an estimated delivery "
            "date from a gradient-boosted model that I had inherited. Customer contacts about late "
            "orders had been rising for three months, and the operations team blamed the carriers."
        ),
        "task": (
            "The delivery-estimate model was mine, so I had to find out whether our own promises "
            "were part of the problem and fix them without hurting conversion."
        ),
        "action": (
            "I started by reading 200 late-order contacts, and most customers were upset less by "
            "the delay than by the broken promise. That told me the model's objective was wrong: "
            "it minimised the average error, so it was late as often as it was early, and every "
            "late estimate turned into a complaint. I joined the estimates to the actual delivery "
            "scans and saw that the late tail came mostly from two regional carriers and from "
            "bulky items. I retrained the model with a quantile loss, so that the date shown would "
            "be met about nine times in ten, and I added the carrier and item-size features it had "
            "been missing. I had considered simply adding two days to every estimate, but that "
            "would have punished the many routes that were already reliable. Because a later date "
            "can cost sales, I designed an A/B test with the on-time rate and late-order contacts "
            "as primary metrics and conversion as a guardrail. I also wrote a one-page note for "
            "the operations lead explaining why a slightly later but reliable promise would make "
            "customers happier."
        ),
        "result": (
            "Over a four-week test, the share of orders delivered by the promised date rose from "
            "82% to 94%, late-delivery contacts fell by 31%, and conversion moved by only -0.4%, "
            "inside the range agreed in advance. The new model became the default for about 40,000 "
            "orders a day. I learned to check that a model's loss matches what the customer "
            "actually feels, not what is easiest to optimise."
        ),
        "principles": ["Customer Obsession", "Dive Deep"],
        "prompts": ["customer_insight", "deep_dive"],
    },
    {
        "title": "Owning the revenue numbers nobody trusted",
        "situation": (
            "At a grocery delivery start-up, the daily revenue dashboard that leadership read "
            "every morning was wrong on roughly one day in five. Three teams fed it, each assumed "
            "another one was responsible, and analysts quietly patched numbers by hand before the "
            "9 a.m. review."
        ),
        "task": (
            "The pipeline was not formally mine, but I relied on it more than anyone, so I offered "
            "to own it end to end: make the number trustworthy and make failures visible before "
            "leadership saw them."
        ),
        "action": (
            "Asking each team to fix its own part had already failed, because the gaps sat between "
            "the teams. So I first traced every incident of the previous quarter back to its cause "
            "and found that 70% came from three things: refunds that arrived late, order events "
            "duplicated by app retries, and a currency table refreshed weekly instead of daily. I "
            "wrote a data test for each of them that ran before the dashboard refreshed, and I "
            "added a reconciliation step that compared our revenue with the finance ledger and "
            "raised an alert when the gap passed half a percent. I rewrote the deduplication to "
            "use the event ID instead of the timestamp and moved the currency refresh to daily. "
            "Then I wrote a short runbook and set up an on-call rotation with the two other data "
            "owners, so the fix would not depend on me. Finally, I asked leadership to accept a "
            "'provisional' label on the dashboard until the tests had passed, which made the "
            "remaining failures visible instead of silent."
        ),
        "result": (
            "Within six weeks, incidents fell from about 6 a month to 1, the gap with the finance "
            "ledger stayed under 0.5% on every day of the next quarter, and analysts got back "
            "about 10 hours a week. I learned that owning shared infrastructure starts with making "
            "its failures visible, and that a runbook matters as much as the fix."
        ),
        "principles": ["Ownership", "Insist on the Highest Standards"],
        "prompts": ["ownership", "high_standards"],
    },
    {
        "title": "Extending a holiday discount on nine days of data",
        "situation": (
            "Two weeks before the holiday peak, the grocery start-up launched a prepared-meals "
            "category with an introductory discount. Marketing had three days to decide whether to "
            "keep the discount through the peak, and the category had only nine days of sales "
            "history."
        ),
        "task": (
            "I was asked for a recommendation, knowing that waiting for a clean answer meant "
            "missing the peak altogether."
        ),
        "action": (
            "I did not trust nine noisy days on their own, so I built a simple Bayesian model that "
            "used the launch curves of three comparable categories as a prior and updated it with "
            "the new category's daily sales. That gave a range for the incremental margin instead "
            "of a single number, and I was explicit that about a quarter of the range was "
            "negative. Finance preferred to wait a full month for clean data, but by then the peak "
            "would be over, and a wrong call in either direction would cost more than a small "
            "staged test. Because the decision was reversible, I proposed extending the discount "
            "in only 20% of delivery zones, picked at random, so that the peak itself would become "
            "the experiment. I agreed two stopping rules with the finance partner in advance: pull "
            "back if the discount cost more than $40k a week, or if repeat orders fell below the "
            "rate of the older categories. I then built a daily readout and reviewed it with "
            "marketing every morning, ready to stop at the first breach."
        ),
        "result": (
            "After ten days, the treated zones showed a 14% lift in category orders and repeat "
            "rates above the benchmark, so the discount was extended everywhere, and the category "
            "beat its holiday target by 18%. The staged design also showed that the deepest "
            "discount tier added almost nothing, which saved about $60k. I learned to turn a "
            "decision with incomplete data into a cheap, reversible experiment instead of a bet."
        ),
        "principles": ["Bias for Action", "Are Right, A Lot"],
        "prompts": ["incomplete_data", "tight_deadline"],
    },
    {
        "title": "Stopping an A/B test call made on day three",
        "situation": (
            "At the home-goods retailer, we were testing a redesigned checkout page. On day three "
            "of a planned fourteen-day test, the dashboard showed a 2.1% lift in conversion with a "
            "p-value of 0.03, and my manager wanted to ship it that afternoon, ahead of a "
            "marketing campaign."
        ),
        "task": (
            "I owned the analysis, and I believed that stopping at the first significant look "
            "would give us a false result, so I had to convince my manager quickly and with "
            "evidence."
        ),
        "action": (
            "Rather than argue about statistics in the abstract, I simulated 1,000 A/A tests on "
            "our own traffic, looking every day and stopping at the first p-value under 0.05. "
            "About 22% of them found a winner, against the 5% we believed we were accepting. I "
            "kept the discussion on the decision rather than on who was right. I showed my manager "
            "that chart in a ten-minute conversation, together with the cost of rebuilding "
            "checkout for a change that did nothing, and I proposed to let marketing prepare the "
            "campaign while the test ran to its end, so no time would be lost. My manager still "
            "worried about the campaign date, so I offered a compromise: a sequential test with an "
            "alpha-spending boundary, which allows an early stop with valid error rates. My "
            "manager accepted it but chose a shorter maximum duration than I would have. I "
            "committed to that decision fully and set up the daily monitoring myself."
        ),
        "result": (
            "By day eleven, the lift had shrunk to 0.3% and was not significant, so the redesign "
            "was not shipped and two sprints of engineering work were saved. Sequential testing "
            "became the team default and cut the average test length by about 25%. I learned to "
            "disagree with evidence people can see, to bring a way forward rather than a plain no, "
            "and to commit once the call is made."
        ),
        "principles": ["Have Backbone; Disagree and Commit", "Insist on the Highest Standards"],
        "prompts": ["disagree_manager"],
    },
    {
        "title": "Explaining uplift modelling to marketing",
        "situation": (
            "Marketing at the home-goods retailer sent discount coupons to the customers that a "
            "propensity model ranked as most likely to buy. The campaigns reported excellent "
            "redemption rates, but finance doubted they made any money, and the two teams had "
            "started to argue about whose numbers were right."
        ),
        "task": (
            "I was asked to evaluate the targeting, and then to explain the answer to a marketing "
            "director who had championed the model and had no statistics background."
        ),
        "action": (
            "I ran a holdout analysis and found that most top-ranked customers bought at the same "
            "rate without a coupon: the company was paying people to do what they would have done "
            "anyway. I built an uplift model from two years of randomised campaign data, which "
            "ranks customers by how much the coupon changes their behaviour rather than by how "
            "likely they are to buy. I had evaluated the model with a Qini curve, but I knew that "
            "chart would lose the room in a minute. For the director, I dropped the jargon and "
            "drew a two-by-two grid: people who buy anyway, people who never buy, people a coupon "
            "persuades and people a coupon puts off. I walked through the money in each box with "
            "figures from her last campaign, and I proposed a small head-to-head test, so her team "
            "could see the difference themselves instead of taking my word for it. I also gave her "
            "my slides, so she could present the change to her own leadership."
        ),
        "result": (
            "The test delivered the same number of incremental orders at 45% lower coupon cost, "
            "about $180k a quarter. Marketing moved every coupon campaign to uplift targeting, and "
            "the director asked me to run the same session for her wider team. Finance and "
            "marketing now review campaign results from the same holdout report. I learned that a "
            "simple picture built on the audience's own numbers persuades more than any model "
            "metric."
        ),
        "principles": ["Earn Trust", "Deliver Results"],
        "prompts": ["non_technical"],
    },
    {
        "title": "The produce forecast I got wrong",
        "situation": (
            "In my first year at the grocery start-up, I owned the weekly demand forecast that "
            "buyers used to order fresh produce. One week my forecast overestimated berries and "
            "stone fruit by 38%, and the company wrote off about $40k of spoiled stock."
        ),
        "task": (
            "It was my model and my mistake, so I had to tell the buyers before they found out, "
            "find the cause, and make sure it could not happen the same way again."
        ),
        "action": (
            "I went to the head of buying that morning, said plainly that my forecast had been "
            "wrong and that I did not yet know why, and promised a root cause within two days. I "
            "compared errors by product and found that the miss sat in items that had been on a "
            "supplier promotion the year before: my model had learned last year's promotional "
            "spike as normal seasonality. I had never added a promotion calendar, because nobody "
            "had given me one and I had not asked. I rebuilt one from the pricing history, added "
            "promotion and holiday features, and backtested the model on two years of data, "
            "checking separately the weeks with and without promotions. I also started a weekly "
            "error review with the buyers, where I showed the largest misses and explained them, "
            "and I gave them an override field for what they knew and the model could not."
        ),
        "result": (
            "The average forecast error on fresh produce fell from 18% to 11%, and spoilage "
            "write-offs dropped by about $25k a month over the next quarter. Buyers used the "
            "override on about 5% of items, which became a new source of features, and the weekly "
            "review is still running. The head of buying later asked me to forecast a new "
            "category. I learned to own a mistake out loud and fast, and to ask for the context a "
            "model cannot see."
        ),
        "principles": ["Earn Trust", "Learn and Be Curious", "Ownership"],
        "prompts": ["failure", "earn_trust"],
    },
    {
        "title": "Shrinking a 40-feature churn model to six",
        "situation": (
            "At the grocery start-up, the subscription churn model used 40 features produced by a "
            "nightly pipeline that took three hours and cost about $9k a month in compute. Two of "
            "those features broke every month, and each break delayed the retention team's "
            "campaigns."
        ),
        "task": (
            "I inherited the model when its author left, and I set out to make it cheaper and more "
            "reliable without losing the accuracy the retention team depended on."
        ),
        "action": (
            "I started with an ablation study: I dropped groups of features, retrained on the same "
            "cross-validation folds, and tracked precision in the top decile, because that decile "
            "was what the retention team actually targeted. Many features were near-duplicates; "
            "five of them measured recency in slightly different ways. I found that six features, "
            "including days since the last order, the trend in order frequency and the number of "
            "late deliveries, kept 97% of the top-decile precision. I replaced the boosted trees "
            "with a regularised logistic regression on those six, which the retention team could "
            "read as a scorecard. I also checked that the smaller model was not worse for any "
            "segment, such as new subscribers, because a small loss on average can hide a large "
            "loss in one group. I rebuilt the pipeline as a single SQL job with a test for each "
            "feature, and before switching, I ran both models side by side for a month to show "
            "that the campaign lists barely changed."
        ),
        "result": (
            "The pipeline went from three hours to 12 minutes, compute cost fell by about 85% to "
            "$1.3k a month, and no feature broke in the next six months. Top-decile precision "
            "stayed within 1 point of the old model, and the retention team started using the "
            "scorecard to explain to account managers why a customer was flagged. I learned that "
            "simplicity is a feature in itself: a model the business can read and the team can "
            "maintain beats a slightly better black box."
        ),
        "principles": ["Invent and Simplify", "Frugality"],
        "prompts": ["simplify"],
    },
    {
        "title": "Helping a new analyst find her feet",
        "situation": (
            "At the home-goods retailer, a new analyst joined my team straight from a bootcamp. "
            "After a month she was struggling: her SQL reviews came back covered in comments, she "
            "rarely spoke in meetings, and her manager worried she would not pass probation. I "
            "remembered how lost I had felt in my own first job."
        ),
        "task": (
            "I was not her manager, but I did the most code reviews on the team, so I offered to "
            "mentor her for a quarter, with the goal of making her independent on routine "
            "analyses."
        ),
        "action": (
            "I asked her what felt hardest, and it turned out to be less the SQL than not knowing "
            "what good looked like. So I wrote a one-page review checklist with the mistakes I saw "
            "most often, such as joins that silently duplicate rows and date filters that drop the "
            "last day. I set up two 45-minute pairing sessions a week in which she typed and I "
            "only asked questions. I chose questions over corrections on purpose, because finding "
            "the bug herself was the skill she would need when working alone. After four weeks, I "
            "gave her ownership of a small returns dashboard, with me as the reviewer, and I made "
            "sure she presented it to the category team herself. Every two weeks I also sent her "
            "manager short written notes on her progress, so that the probation decision would "
            "rest on evidence rather than first impressions."
        ),
        "result": (
            "Her review comments fell from about 15 per pull request to 3 within two months, she "
            "passed probation, and she was promoted 14 months later. The team adopted my checklist "
            "for every new joiner, and their average review time fell by about 30%. She now "
            "mentors new analysts herself. I learned that developing someone is mostly making the "
            "standard explicit and then handing over real ownership."
        ),
        "principles": ["Hire and Develop the Best", "Strive to be Earth's Best Employer"],
        "prompts": ["mentoring"],
    },
    {
        "title": "Rebuilding the data-science take-home",
        "situation": (
            "At the home-goods retailer, the data-science team was growing fast, but the take-home "
            "assignment used a toy dataset, and interviewers disagreed about candidates so often "
            "that hiring debriefs ran past an hour. Two recent hires had struggled with basic "
            "experiment analysis, which suggested the assignment was testing the wrong things."
        ),
        "task": (
            "I volunteered to redesign the technical part of the loop so that it predicted "
            "performance on the job and so that interviewers scored it consistently."
        ),
        "action": (
            "I did not want to guess what the job needed, so I listed the five tasks our data "
            "scientists did most, using a month of their tickets, and I built a take-home around a "
            "messy, anonymised sample of real order data with a planted duplicate problem and an "
            "A/B test with a sample-ratio mismatch. I wrote a rubric with concrete anchors for "
            "every score, for example what a 2 and a 4 looked like on checking data quality before "
            "modelling. Then I calibrated it: I asked six interviewers to score the same eight "
            "past submissions independently, measured their agreement, rewrote the anchors where "
            "they disagreed most, and repeated the round. I ran a one-hour session for "
            "interviewers on the most common scoring mistakes, such as rewarding polished charts "
            "over correct numbers. I also capped the take-home at three hours and told candidates "
            "so, because the open-ended version had favoured people with free evenings rather than "
            "the strongest people."
        ),
        "result": (
            "Agreement between interviewers, measured with Cohen's kappa, rose from 0.41 to 0.78, "
            "debriefs shrank from over an hour to about 30 minutes, and all 4 people hired through "
            "the new loop got strong first-year reviews. Interviewer time per candidate fell by "
            "about 3 hours. I learned that a hiring bar is only real when different people apply "
            "it the same way."
        ),
        "principles": ["Hire and Develop the Best", "Insist on the Highest Standards"],
        "prompts": ["high_standards"],
    },
    {
        "title": "From a returns dashboard to size recommendations",
        "situation": (
            "The apparel team at the home-goods retailer asked me for a dashboard of return rates "
            "by product. Returns cost the company about $30M a year, and in apparel more than half "
            "of them were marked as the wrong size. Nobody had looked at why, because each brand's "
            "team saw only its own returns."
        ),
        "task": (
            "The request was a dashboard, but the goal behind it was fewer returns, and a "
            "dashboard on its own would not deliver that."
        ),
        "action": (
            "I built the dashboard in a week, and then I spent a few days reading the free-text "
            "return comments. I trained a simple text classifier to group them, and it showed that "
            "60% of apparel returns came from sizes that differed between brands. I took a bigger "
            "idea to the category director: a size recommendation on the product page, based on "
            "what each customer had kept and returned before. I wrote a two-page proposal with the "
            "expected impact, a pilot in one category and the risks, including customers with no "
            "history, for whom I suggested a fallback to the brand's own size chart. I considered "
            "a richer model based on body measurements, but it needed data the company did not "
            "have and months of work, while a simple rule could show quickly whether customers "
            "would trust a recommendation at all. I built the first version myself with a simple "
            "matching rule between brands, and I designed the A/B test so that the pilot would "
            "give a clear answer within four weeks."
        ),
        "result": (
            "In the shoe pilot, returns fell by 2.3 percentage points with no drop in conversion, "
            "worth about $1.1M a year across apparel. The recommender was funded as a product with "
            "two engineers and now covers 12 categories. I learned to ask which problem a request "
            "is really trying to solve before building exactly what was asked."
        ),
        "principles": ["Think Big", "Customer Obsession", "Invent and Simplify"],
        "prompts": ["customer_insight"],
    },
    {
        "title": "An experimentation library instead of a vendor contract",
        "situation": (
            "At the grocery start-up, product teams wanted to run A/B tests, but the vendor "
            "platform we evaluated cost $250k a year, more than the whole analytics budget. "
            "Meanwhile, teams were judging launches with before-and-after comparisons, and two "
            "launches that looked like wins had quietly been reversed after complaints."
        ),
        "task": (
            "I proposed to build the minimum we needed on the data warehouse we already paid for, "
            "and I was given six weeks to prove that it worked."
        ),
        "action": (
            "Before writing any code, I interviewed four product managers about the decisions they "
            "needed to make, and that is what kept the scope small. I limited the scope to the "
            "three things behind most bad decisions: random assignment, a health check on the "
            "split, and a correct analysis. I wrote a small Python library that hashed user IDs "
            "into groups, so assignment needed no new service, and a SQL template that computed "
            "the metrics per user from existing event tables. I added a sample-ratio-mismatch "
            "check that blocked the report when the split looked broken, and CUPED variance "
            "reduction on pre-period spend, which I validated on 50 A/A tests before trusting it. "
            "I wrote a short guide and ran two workshops, so product managers could launch tests "
            "without me. Where the vendor offered features nobody needed yet, such as a visual "
            "editor, I deliberately left them out."
        ),
        "result": (
            "In the first six months, teams ran 35 experiments on the library for about $8k of "
            "compute, CUPED cut the required sample sizes by about 30%, and two tests stopped "
            "launches that would have lowered conversion by more than 1%. I learned that a narrow "
            "tool built on what already exists can beat an expensive platform when the real "
            "constraint is adoption. The library is still in use two years later."
        ),
        "principles": ["Frugality", "Invent and Simplify", "Bias for Action"],
        "prompts": ["simplify"],
    },
    {
        "title": "The conversion drop that was not real",
        "situation": (
            "One Monday at the home-goods retailer, conversion on the executive dashboard had "
            "fallen 8% overnight. A price increase on a few hundred items had gone live that "
            "weekend, and leadership was ready to roll it back before lunch, although the change "
            "had been planned for months."
        ),
        "task": (
            "I was the analyst on call, and I had a few hours to find out whether the drop was "
            "real before a costly decision was taken on what might be a broken number."
        ),
        "action": (
            "I split the drop by platform and saw that it was entirely on Android, while web and "
            "iOS were flat, which a price change could not explain. I checked the numerator and "
            "the denominator separately: orders were normal, but Android sessions had jumped by "
            "15%. I then pulled the raw events for a sample of sessions and found that an app "
            "release on Saturday fired the session-start event twice whenever the app came back "
            "from the background. To rule out the chance that the new prices had hurt Android "
            "users in particular, I checked whether the drop depended on a session seeing a "
            "repriced item, and it did not. I told the head of pricing that I was confident the "
            "price change was not the cause, showed the three charts that proved it, and "
            "recommended holding the rollback. I wrote a corrected conversion query that "
            "deduplicated sessions, and I filed the bug with the app team together with the exact "
            "event sequence."
        ),
        "result": (
            "Corrected conversion was within 0.2% of the previous week, so the price change "
            "stayed, worth about $2M a year in margin. The app fix shipped within 2 days, and I "
            "added an automated check that compares session counts across platforms, which has "
            "caught two similar problems since. I learned to break a metric into its parts before "
            "believing a big move."
        ),
        "principles": ["Dive Deep", "Have Backbone; Disagree and Commit"],
        "prompts": ["deep_dive", "strengths_weaknesses"],
    },
    {
        "title": "Learning causal inference for a shipping question",
        "situation": (
            "At the home-goods retailer, the company lowered its free-shipping threshold from $75 "
            "to $49 in one country. Three months later, finance credited the change with an 11% "
            "rise in average order value and wanted to roll it out in four more countries, at an "
            "expected cost of about $2M a year in shipping fees."
        ),
        "task": (
            "There had been no experiment, and I was asked whether the 11% was real before the "
            "rollout budget was approved. I had never done observational causal inference beyond a "
            "course."
        ),
        "action": (
            "I spent two weekends working through a textbook on difference-in-differences and "
            "synthetic control, and I replicated a published example before touching our data, so "
            "I knew I could apply the method correctly. I then built a synthetic control from the "
            "countries without the change, weighted to match the treated country's order value "
            "over the previous 18 months. I checked the pre-period fit, ran placebo tests that "
            "pretended each control country had been treated, and made sure a sitewide sale in the "
            "same weeks did not explain the result. I also ran a simpler difference-in-differences "
            "as a cross-check, and it agreed within a point. Because finance would use the answer, "
            "I gave it as a range and listed the assumptions that could break it. I explained the "
            "method to the finance lead with a single chart: the real country against its "
            "synthetic twin."
        ),
        "result": (
            "The causal effect was about 4.1%, not 11%, because most of the rise came from a "
            "seasonal trend that also showed up in the other countries. Finance cut the rollout "
            "forecast by about $600k and still approved two of the four countries, where the "
            "margin case held. I learned that picking up a new method quickly is fine, as long as "
            "I validate it on a known answer first."
        ),
        "principles": ["Learn and Be Curious", "Are Right, A Lot"],
        "prompts": ["incomplete_data", "non_technical"],
    },
    {
        "title": "My weakness: polishing before sharing",
        "situation": (
            "At the grocery start-up, the product team asked why customers who used a new "
            "substitutions feature churned less. I treated it as a research project and spent "
            "three weeks on a careful matched analysis, checking every assumption twice before I "
            "showed anyone a number."
        ),
        "task": (
            "By the time I presented, the team had already made its roadmap decision on a rough "
            "proxy, so my real task became fixing the habit that had made my work late, which is "
            "the weakness I still watch most closely."
        ),
        "action": (
            "I asked the product manager for honest feedback, and she told me that a rough answer "
            "in three days would have been worth more to her than a perfect one in three weeks. "
            "Since then, I work in two stages. Within 48 hours of a request, I share a one-page "
            "first cut with the answer I believe, how confident I am, and what could change it. "
            "Only then do I decide with the requester whether the deeper version is worth the "
            "time. When a stakeholder pushes for a quick answer on something risky, I say what the "
            "first cut cannot tell them. I keep a simple log of requests and my turnaround, so I "
            "can see when I am slipping back into old habits. My strength is still depth, and I "
            "now spend it where the decision needs it instead of everywhere."
        ),
        "result": (
            "Over the next two quarters, my median time from request to first readout fell from 12 "
            "days to 4, and my timeliness score in the stakeholder survey rose from 3.1 to 4.4 out "
            "of 5. In about 70% of requests, the first cut was enough and saved the deeper work. I "
            "still go deep when a decision is large and hard to reverse. I learned that the value "
            "of an analysis depends on when it arrives, not only on how good it is."
        ),
        "principles": ["Bias for Action", "Learn and Be Curious"],
        "prompts": ["strengths_weaknesses", "failure"],
    },
    {
        "title": "Reading 500 support tickets: why I want this job",
        "situation": (
            "In my first data job, at a small online pet-supplies shop, I was asked to build a "
            "dashboard of customer-service contacts. The contact rate had doubled in a year, and "
            "the operations team assumed it was simply growth."
        ),
        "task": (
            "I wanted to understand why customers were contacting us before deciding what to "
            "measure, so I set myself the task of finding the main reasons and a fix for each."
        ),
        "action": (
            "I read 500 contacts myself over two weeks and tagged each one by hand, which gave me "
            "a list of 14 reasons. Reading them by hand was slow, but I did not yet know the "
            "categories, and any model I trained first would have hidden the reasons I had not "
            "thought of. I then trained a simple keyword classifier on my tags, so I could label "
            "the whole year of contacts. Three reasons covered 55% of the volume: where is my "
            "order, failed card payments, and confusing subscription changes. I checked it against "
            "100 contacts I had not used for training, and it agreed with my own labels 9 times "
            "out of 10. For each one, I estimated the contacts and the cost, and with the product "
            "owner I proposed a fix: proactive delivery emails, an automatic retry for failed "
            "payments and a clearer subscription page. After each fix went live, I tracked the "
            "contact rate by reason every week and reported it to the whole company."
        ),
        "result": (
            "Over four months, the contact rate fell by 15%, saving about $90k a year in support "
            "costs, and the proactive emails alone cut where-is-my-order contacts by 40%. That "
            "experience is why I want to work here: I learned that the best analytics starts from "
            "the customer's experience, and I want to do that work at a scale where a 1% "
            "improvement reaches millions of people."
        ),
        "principles": ["Customer Obsession", "Learn and Be Curious"],
        "prompts": ["why_company", "customer_insight"],
    },
    {
        "title": "Fewer boxes for the same orders",
        "situation": (
            "At the home-goods retailer, customers who ordered several items on different days "
            "often received one box per item. The sustainability team wanted to cut packaging, but "
            "operations worried that grouping shipments would slow deliveries and upset customers. "
            "The two teams had been debating it for a year without data."
        ),
        "task": (
            "I was asked to size the opportunity and to find a design that reduced packages "
            "without hurting the customer experience."
        ),
        "action": (
            "I joined a year of orders, shipments and delivery scans and found that 23% of "
            "multi-item customers received three or more boxes in a single week. I modelled a "
            "checkout option to group deliveries into one chosen day a week, and I estimated how "
            "many customers would pick it from a survey and a small painted-door test. Because the "
            "benefit was environmental as well as financial, I built a per-package carbon estimate "
            "with the sustainability team and documented its assumptions, so nobody would "
            "overstate it. I rejected the idea of grouping shipments automatically, because "
            "customers who needed an item quickly would have paid the price for everyone else's "
            "savings. I designed an A/B test in which the option was offered but never forced, "
            "with customer satisfaction and on-time delivery as guardrails. I also proposed a "
            "small credit for choosing the grouped day, and I costed it against the savings before "
            "anyone asked."
        ),
        "result": (
            "In the test, 19% of eligible customers opted in, packages per order fell by 12% in "
            "the treatment group, and satisfaction and on-time delivery did not move. At full "
            "scale, that is worth about $3.4M a year in shipping costs and an estimated 900 tonnes "
            "of CO2. The option is now live in three countries. I learned that the most durable "
            "responsible changes give customers a choice and still make business sense."
        ),
        "principles": ["Success and Scale Bring Broad Responsibility", "Think Big", "Frugality"],
        "prompts": ["customer_insight"],
    },
    {
        "title": "A fairer credit-limit model",
        "situation": (
            "Between two retail jobs, I spent a year at a consumer lending app where a "
            "gradient-boosted model set initial credit limits. After a customer complaint, the "
            "legal team asked whether the model treated applicants from some regions unfairly, "
            "although it used no protected attribute directly. The model decided about 80,000 "
            "applications a month."
        ),
        "task": (
            "I owned the model's monitoring, so I was asked to run the audit and, if there was a "
            "problem, to fix it without increasing credit losses."
        ),
        "action": (
            "I compared approval rates across regions and found a gap of 9 points between the "
            "poorest postcodes and the rest, even for applicants with similar repayment histories. "
            "With a SHAP analysis, I traced most of it to two features, a postcode-level income "
            "estimate and the phone's operating system, both acting as proxies for wealth rather "
            "than creditworthiness. I retrained the model without them, tested a reweighting "
            "approach as an alternative, and compared both with the old model on two years of "
            "observed defaults. Reweighting kept more predictive power, but I recommended dropping "
            "the features, because that was easier to explain to regulators and to customers. I "
            "wrote the audit up with legal and risk, including what I had not been able to check, "
            "and I set up a quarterly fairness report, so the gap would be monitored rather than "
            "fixed once and forgotten."
        ),
        "result": (
            "The approval gap fell from 9 to 2 percentage points, while the expected default rate "
            "rose by only 0.1 points, which risk accepted. About 6,000 more applicants a year from "
            "those postcodes were approved, and the quarterly report has kept the gap under 3 "
            "points since. I learned that a model can be unfair without any sensitive column, and "
            "that the responsibility grows with the number of decisions it makes."
        ),
        "principles": ["Success and Scale Bring Broad Responsibility", "Earn Trust"],
        "prompts": ["high_standards"],
    },
    {
        "title": "The peak-season staffing forecast, three weeks early",
        "situation": (
            "At the grocery start-up, warehouse managers planned holiday staffing from a forecast "
            "I was due to deliver in mid-November. In October, the agency that supplied seasonal "
            "workers moved its booking deadline three weeks earlier, and without a forecast the "
            "managers would have had to guess."
        ),
        "task": (
            "I had 9 working days to deliver a forecast good enough to book about 400 temporary "
            "workers across 6 warehouses."
        ),
        "action": (
            "I cut the scope at once: instead of the order-level model I had planned, I forecast "
            "daily orders per warehouse with a hierarchical model that shared seasonal patterns "
            "across sites, which I could build and backtest quickly. On day one, I told the "
            "warehouse managers what they would get and what they would not, and I agreed with "
            "them that a range was more useful than a single number, because they could book a "
            "core crew and keep an option on extra workers. I chose the hierarchical model because "
            "the two newest warehouses had only one peak of history, and pooling let them borrow "
            "patterns from the older sites. I backtested on the last two peaks, which gave an "
            "error of about 7%, and I reported each site's forecast with an upper and a lower "
            "band. I then reviewed the numbers with every manager and adjusted two sites where "
            "they knew about local events that the data did not show."
        ),
        "result": (
            "I delivered on day 8. During the peak, actual orders were within 6% of the forecast "
            "at five of the six sites, and overtime costs were about $340k lower than the year "
            "before. After the peak, I finished the order-level model, which became the standard "
            "for the next year's planning. I learned that a good-enough answer on time, with "
            "honest uncertainty, often beats a better answer that arrives too late."
        ),
        "principles": ["Deliver Results", "Ownership"],
        "prompts": ["ownership", "tight_deadline"],
    },
    {
        "title": "Taming the after-hours request queue",
        "situation": (
            "At the home-goods retailer, my team of five data scientists was drowning in ad hoc "
            "requests that arrived by chat at all hours. Two colleagues were answering messages "
            "late at night, and one of them told me she was thinking of leaving. Our manager was "
            "new and had not yet seen how bad it was."
        ),
        "task": (
            "I was the most senior person on the team, though not its manager, and I took on "
            "fixing how requests reached us, so that the workload stayed sustainable and nobody "
            "burned out."
        ),
        "action": (
            "I first measured the problem: I exported three months of chat requests and found that "
            "40% were repeat questions a self-serve table could answer, and that a quarter arrived "
            "after 6 p.m. I proposed a single intake form with a required field for the decision "
            "the request supported, and a weekly rotation, so that one person handled urgent "
            "requests while the others kept focus time. I did not want the rotation to become one "
            "more burden, so I capped it at one week in five and made sure the person on duty "
            "dropped their other deadlines that week. I built a self-serve dashboard for the five "
            "most repeated questions and ran a short training for the merchants who asked them "
            "most. I agreed the new rules with our manager and the category leads, including what "
            "counted as truly urgent, and I took the first rotation myself to show that it worked."
        ),
        "result": (
            "Ad hoc requests fell by 35% within two months, after-hours messages fell by about "
            "60%, and the team's engagement score rose by 18 points in the next survey. Nobody "
            "left the team that year. I learned that a sustainable workload is a design problem "
            "that someone has to own, not a test of individual resilience."
        ),
        "principles": ["Strive to be Earth's Best Employer", "Ownership"],
        "prompts": ["ownership"],
    },
]
### END SOLUTION

# %% [markdown]
# Scratch space, not graded: a full report on your bank, and a chart of how many stories back
# each principle (red: none yet, orange: a single story).

# %%
show_review(STORIES)
plot_coverage(STORIES)

# %% nbgrader={"grade_id": "story_bank_test", "grade": true, "points": 2}
# Structure: seven keys, four substantial STAR parts, an action that carries the story.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
assert isinstance(STORIES, (list, tuple)), "STORIES should be a list of story dicts: [{...}, {...}]"
assert STORIES, "STORIES is empty: write your stories in it"
_found = problems_in(STORIES, check_structure)
assert not _found, "Some stories are not complete yet:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_KEYS = ("title", "situation", "task", "action", "result", "principles", "prompts")
_MIN_WORDS = {"situation": 20, "task": 12, "action": 60, "result": 20}
_PLACEHOLDER = _re.compile(
    r"\b(?:todo|tbd|tbc|lorem|ipsum|xxx+|fill me in|fill in)\b|\[\.\.\.\]", _re.I
)


def _n_words(text):
    return len([t for t in _re.split(r"\s+", text) if _re.search(r"[^\W_]", t)])


for _i, _s in enumerate(STORIES, start=1):
    assert isinstance(_s, dict), f"story {_i} is not a dict"
    _absent = [k for k in _KEYS if k not in _s]
    assert not _absent, f"story {_i} has no {', '.join(_absent)}"
    assert isinstance(_s["title"], str) and 1 <= _n_words(_s["title"]) <= 12, (
        f"story {_i}: the title should be a text of 1 to 12 words"
    )
    _sizes = {}
    for _part, _least in _MIN_WORDS.items():
        assert isinstance(_s[_part], str), f"story {_i}: the {_part} should be a str"
        _sizes[_part] = _n_words(_s[_part])
        assert _sizes[_part] >= _least, (
            f"story {_i}: the {_part} is too thin ({_sizes[_part]} words, at least {_least})"
        )
        assert not _PLACEHOLDER.search(_s[_part]), (
            f"story {_i}: the {_part} still holds placeholder text"
        )
    assert len({" ".join(_s[p].split()).casefold() for p in _MIN_WORDS}) == 4, (
        f"story {_i}: two of its STAR parts are the same text"
    )
    assert _sizes["action"] / sum(_sizes.values()) >= 0.40, (
        f"story {_i}: the action is under 40% of the story; cut background, say what you did"
    )
    for _key in ("principles", "prompts"):
        assert isinstance(_s[_key], (list, tuple)) and all(isinstance(v, str) for v in _s[_key]), (
            f"story {_i}: {_key} should be a list of strings"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_2", "grade": true, "points": 2}
# Figures: every result says what changed, in digits.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = problems_in(STORIES, check_result)
assert not _found, "Some results are not quantified yet:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_NUMBER = _re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")
_UNIT_AFTER = _re.compile(
    r"\s?(?:%|percent\b|pp\b|percentage points?\b|points?\b|x\b|times\b|[kKmMbB]\b|thousand\b"
    r"|million\b|billion\b|ms\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b"
    r"|quarters?\b|years?\b)"
)
_CURRENCY_BEFORE = _re.compile(r"[$€£]\s?$")


def _quantified(text):
    for _m in _NUMBER.finditer(text):
        if not _re.fullmatch(r"(?:19|20)\d\d", _m.group()):  # not a year: a figure
            return True
        if _CURRENCY_BEFORE.search(text[: _m.start()]) or _UNIT_AFTER.match(text, _m.end()):
            return True
    return False


for _i, _s in enumerate(STORIES, start=1):
    assert isinstance(_s, dict) and isinstance(_s.get("result"), str), f"story {_i}: no result text"
    assert _quantified(_s["result"]), (
        f"story {_i}: the result has no figure in digits (years and labels such as Q3 do not count)"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_3", "grade": true, "points": 2}
# First person: the action says what you did, not only what "we" did.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = problems_in(STORIES, check_first_person)
assert not _found, "Some actions hide you behind the team:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re
from collections import Counter as _Counter

_ME = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"}
_US = {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"}

for _i, _s in enumerate(STORIES, start=1):
    assert isinstance(_s, dict) and isinstance(_s.get("action"), str), f"story {_i}: no action text"
    _tally = _Counter(
        "me" if _w.lower() in _ME else "us" if (_w.lower() in _US and _w != "US") else "other"
        for _w in _re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", _s["action"].replace("\u2019", "'"))
    )
    assert _tally["me"] >= 3, f"story {_i}: the action has fewer than 3 first-person singular words"
    assert _tally["me"] > _tally["us"], f"story {_i}: in the action, 'we' is as frequent as 'I'"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_4", "grade": true, "points": 2}
# Spoken length: 2 to 3 minutes at 140 words a minute, so 280 to 420 words.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = problems_in(STORIES, check_length)
assert not _found, "Some stories do not fit in 2 to 3 minutes:\n" + explain(_found)
### BEGIN HIDDEN TESTS
for _i, _s in enumerate(STORIES, start=1):
    assert isinstance(_s, dict), f"story {_i} is not a dict"
    _parts = [_s[_p] for _p in ("situation", "task", "action", "result")
              if isinstance(_s.get(_p), str)]
    _count = sum(1 for _t in " ".join(_parts).split() if any(_c.isalnum() for _c in _t))
    assert 280 <= _count <= 420, (
        f"story {_i} has {_count} spoken words, about {_count / 140:.1f} minutes at 140 words "
        "a minute; it should take 2 to 3"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_5", "grade": true, "points": 1}
# Principle tags: 1 to 3 per story, each one of the 16 official names.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = problems_in(STORIES, check_principles)
assert not _found, "Some principle tags need fixing:\n" + explain(_found)
### BEGIN HIDDEN TESTS
_OFFICIAL = [
    "customer obsession", "ownership", "invent and simplify", "are right a lot",
    "learn and be curious", "hire and develop the best", "insist on the highest standards",
    "think big", "bias for action", "frugality", "earn trust", "dive deep",
    "have backbone disagree and commit", "deliver results", "strive to be earth's best employer",
    "success and scale bring broad responsibility",
]


def _canonical(tag):
    for _sep in (",", ";"):
        tag = tag.replace(_sep, " ")
    return " ".join(tag.replace("\u2019", "'").lower().split())


for _i, _s in enumerate(STORIES, start=1):
    _tags = _s.get("principles") if isinstance(_s, dict) else None
    assert isinstance(_tags, (list, tuple)) and all(isinstance(t, str) for t in _tags), (
        f"story {_i}: principles should be a list of names"
    )
    assert 1 <= len(_tags) <= 3, f"story {_i} has {len(_tags)} principle tags; use 1 to 3"
    _names = [_canonical(t) for t in _tags]
    _unknown = [t for t, n in zip(_tags, _names) if n not in _OFFICIAL]
    assert not _unknown, f"story {_i}: {_unknown} not among the 16 principle names"
    assert len(set(_names)) == len(_names), f"story {_i} names the same principle twice"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_6", "grade": true, "points": 1}
# Bank size: 15 to 20 different stories.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = check_bank_size(STORIES)
assert not _found, explain(_found)
### BEGIN HIDDEN TESTS
assert 15 <= len(STORIES) <= 20, f"the bank has {len(STORIES)} stories; 15 to 20 are needed"
for _key in ("title", "action"):
    _texts = [" ".join(_s[_key].split()).casefold() for _s in STORIES
              if isinstance(_s, dict) and isinstance(_s.get(_key), str) and _s[_key].strip()]
    assert len(set(_texts)) == len(_texts), f"two stories share a {_key}: tell each experience once"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_7", "grade": true, "points": 2}
# Coverage: at least 12 principles, and few of them resting on a single story.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = check_coverage(STORIES)
assert not _found, explain(_found)
### BEGIN HIDDEN TESTS
_OFFICIAL = [
    "customer obsession", "ownership", "invent and simplify", "are right a lot",
    "learn and be curious", "hire and develop the best", "insist on the highest standards",
    "think big", "bias for action", "frugality", "earn trust", "dive deep",
    "have backbone disagree and commit", "deliver results", "strive to be earth's best employer",
    "success and scale bring broad responsibility",
]
_backing = {_p: set() for _p in _OFFICIAL}
for _i, _s in enumerate(STORIES):
    _tags = _s.get("principles") if isinstance(_s, dict) else None
    if isinstance(_tags, (list, tuple)) and all(isinstance(t, str) for t in _tags):
        for _t in _tags:
            _plain = _t.replace(",", " ").replace(";", " ").replace("\u2019", "'")
            _name = " ".join(_plain.lower().split())
            if _name in _backing:
                _backing[_name].add(_i)
_covered = [_p for _p, _ids in _backing.items() if _ids]
assert len(_covered) >= 12, f"only {len(_covered)} of the 16 principles are covered; 12 are needed"
_thin = [_p for _p in _covered if len(_backing[_p]) == 1]
assert 4 * len(_thin) <= len(_covered), (
    f"{len(_thin)} of your {len(_covered)} covered principles rest on a single story; "
    "at most a quarter may"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "story_bank_test_8", "grade": true, "points": 2}
# Common prompts: a story ready for each of the six questions this loop asks most.
assert "STORIES" in globals(), "STORIES is not defined yet: write it in the answer cell and run it"
_found = check_common_prompts(STORIES) + problems_in(STORIES, check_prompts)
assert not _found, explain(_found)
### BEGIN HIDDEN TESTS
_REQUIRED = ["why_company", "incomplete_data", "disagree_manager", "ownership",
             "strengths_weaknesses", "non_technical"]
_ALLOWED = set(_REQUIRED) | {"failure", "tight_deadline", "customer_insight", "deep_dive",
                             "simplify", "mentoring", "high_standards", "earn_trust"}
_answered = set()
for _i, _s in enumerate(STORIES, start=1):
    _keys = _s.get("prompts") if isinstance(_s, dict) else None
    assert isinstance(_keys, (list, tuple)) and all(isinstance(k, str) for k in _keys), (
        f"story {_i}: prompts should be a list of prompt keys"
    )
    assert len(_keys) <= 3 and len(set(_keys)) == len(_keys), (
        f"story {_i}: use at most 3 different prompt keys"
    )
    _unknown = sorted(set(_keys) - _ALLOWED)
    assert not _unknown, f"story {_i}: {_unknown} are not prompt keys"
    _answered |= set(_keys)
_unanswered = [k for k in _REQUIRED if k not in _answered]
assert not _unanswered, f"no story answers {_unanswered}"
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "story_bank_rubric", "task": true, "points": 8}
# ### Rubric: the substance of the bank (8 points, graded by a person)
#
# The tests above check form. A reviewer (a mentor, a peer, or you after a few days away from
# the bank) picks five stories at random, hears each one told aloud, asks one follow-up
# question per story, and scores the bank on four criteria, 2 points each.
#
# - **Specificity (2).** 2: concrete data, people, numbers and timing, so the listener can
#   picture the situation and could verify the claims. 1: plausible, but generic in places
#   ("improved the model", "aligned with stakeholders"). 0: it could be anyone's story.
# - **Your own decisions (2).** 2: every story has at least one decision point where you say
#   which options you weighed, what you chose and why, including a risk you took or a
#   disagreement you handled; credit to others is given where it is due. 1: says what you
#   did, rarely why. 0: mostly what the team did.
# - **Data-science depth (2).** 2: the method fits the problem, and the story survives a
#   technical follow-up (why that metric, that test or that model; what could bias the
#   result; how you validated it). 1: methods are named but not justified. 0: no real
#   analysis, or a method that does not fit the problem.
# - **Results and learning (2).** 2: results are measured against a baseline or a target and
#   attributed honestly (your contribution, not the whole company's), and each story ends
#   with a lesson you can show you applied later. 1: figures without context, or a generic
#   lesson. 0: no lesson, or a failure story without one.

# %% [markdown]
# ## 2. How long does it take to say?
# *Counting words, converting a rate*
#
# Attention drops after about three minutes, and under two a story has no room for your
# reasoning. Timing every draft with a stopwatch is slow, so estimate it from the word
# count: at a calm interview pace of about 140 words a minute, 280 words take two minutes.
# Three traps. `text.split(" ")` splits on single spaces only: two spaces in a row produce
# an empty "word", and a line break glues two words into one (plain `text.split()` splits on
# any run of whitespace). A dash standing alone between spaces is not something you say. And
# words divided by words per minute gives minutes, not seconds.
#
# **Question.** Complete `def speaking_time(text, wpm=140):` so that it returns, as a float
# and without rounding, the number of seconds needed to say `text` aloud at `wpm` words a
# minute: the number of words times 60, divided by `wpm`. A word is a run of characters
# between whitespace (spaces, tabs, line breaks, any number of them) that contains at least
# one letter or digit: `"$40k"`, `"A/B"`, `"re-ran"` and `"I'm"` are one word each, while
# `"—"`, `"-"` and `"..."` are not words. An empty or blank text takes `0.0` seconds.
# `wpm` may be any positive number, int or float; raise `ValueError` when it is zero or
# negative. Write the count yourself: the check cell's `count_words` and `spoken_words`
# are off limits here.

# %% nbgrader={"grade_id": "speaking_time", "solution": true}
def speaking_time(text, wpm=140):
    """Seconds needed to say `text` aloud at `wpm` words a minute."""
    ### BEGIN SOLUTION
    if wpm <= 0:
        raise ValueError(f"wpm must be positive, got {wpm}")
    n_words = 0
    for token in text.split():
        if any(character.isalnum() for character in token):
            n_words += 1
    return n_words * 60 / wpm
    ### END SOLUTION


# %% nbgrader={"grade_id": "speaking_time_test", "grade": true, "points": 1}
from autograde.probes import expect_close, expect_not_used, expect_raises

expect_close(speaking_time("I built the model"), 4 * 60 / 140,
             what='speaking_time("I built the model")')
expect_close(speaking_time("I built it", wpm=60), 3.0, what='speaking_time("I built it", wpm=60)')
expect_close(speaking_time(""), 0.0, what='speaking_time("") (an empty text)')
expect_close(speaking_time("cut  costs \n by 40%"), 4 * 60 / 140,
             what='speaking_time("cut  costs \\n by 40%") (two spaces and a line break)')
### BEGIN HIDDEN TESTS
# (test names start with _st_ so that they never overwrite a helper of yours)
_st_rng = np.random.default_rng(7007)
_st_words = ["data", "I", "I'm", "$40k", "A/B", "re-ran", "12%", "3", "model.", "(churn)", "e.g.",
             "CUPED,", "naïve", "don't", "x2", "Q3", "p<0.05", "—yes", "_id"]
_st_not_words = ["—", "-", "–", "...", "&", "/", "*", "•", "(", ")", "?!", "_", "__", "→", "'"]
_st_separators = [" ", "  ", "\n", "\t", " \n", "\r\n", "   \t ", "\n\n"]
for _st_case in range(300):
    _st_n = int(_st_rng.integers(0, 80))
    _st_is_word = _st_rng.random(_st_n) < 0.8
    _st_text = str(_st_rng.choice(["", " ", "\n"]))
    for _st_word in _st_is_word:
        _st_pool = _st_words if _st_word else _st_not_words
        _st_text += str(_st_rng.choice(_st_pool)) + str(_st_rng.choice(_st_separators))
    _st_wpm = [140, 150, 120.5, 90, 200, 1, 0.5, 333.3][_st_case % 8]
    _st_got = speaking_time(_st_text, _st_wpm)
    expect_close(_st_got, int(_st_is_word.sum()) * 60 / _st_wpm, rel=1e-12, abs_=1e-12,
                 what=f"speaking_time(text, wpm={_st_wpm}) on a generated text of {_st_n} tokens "
                 "(words mixed with lone punctuation, runs of spaces, tabs and line breaks)")
    assert isinstance(_st_got, float), f"speaking_time gave a {type(_st_got).__name__}, not a float"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "speaking_time_test_2", "grade": true, "points": 1}
expect_raises(ValueError, speaking_time, "two words", wpm=0)
### BEGIN HIDDEN TESTS
expect_raises(ValueError, speaking_time, "two words", wpm=-140)
expect_raises(ValueError, speaking_time, "", wpm=-0.5)
expect_not_used(speaking_time, ["count_words", "spoken_words", "check_length", "show_review"],
                "write the word count yourself (in speaking_time or in a helper of your own)")
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week07/star_story_bank.ipynb`. Then ask someone to
#   score the bank with the rubric, or score it yourself a few days from now.
# - Tell every story aloud with a timer, twice: once to yourself, once recorded. Listen for
#   "we", for filler, and for the moment the story drags; fix the text, then tell it again.
# - Prepare two follow-ups per story: "what would you do differently?", "what was the
#   hardest part?", "how did you know it worked?", "what did the people who disagreed say?"
#   Write the answers down in a few words; do not script them.
# - Use `plot_coverage` to find thin principles, and write the next story for the weakest
#   one. Keep the bank alive: after every mock interview, replace the story that landed worst.
# - Week 8 puts the bank to work in a full mock loop, with a debrief.
