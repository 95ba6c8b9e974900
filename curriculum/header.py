# %% [markdown]
# *Run the set-up cell below first (Shift+Enter). It opens the course's retail database
# read-only, so no query of yours can change it, connects the `%%sql` magic to it, and shows
# the result table of each `%%sql name <<` answer right under your query. Grade yourself
# any time: run `autograde check <this notebook>` in a terminal.*

# %% nbgrader={"grade_id": "setup", "locked": true}
import numpy as np
import pandas as pd

from autograde.expect import expect_columns, expect_row_count, expect_same_result
from autograde.notebook import start_session

con = start_session()  # DuckDB, read-only; %%sql cells and con.sql("...") both query it
