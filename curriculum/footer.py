# %% [markdown]
# ## Check your work
# Save the notebook first (Ctrl+S), then run the cell below. It grades the saved notebook in a
# fresh kernel with **all** the tests, the hidden ones included, exactly as
# `autograde check` does in a terminal. (nbgrader's Validate button runs only the tests you
# can see, so it can say "passed" when the hidden tests would not.)

# %% nbgrader={"grade_id": "check_my_work", "locked": true}
from autograde.selfcheck import check_my_work

check_my_work()
