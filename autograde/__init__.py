"""Self-grading notebooks for the data-scientist interview loop: build, data, check."""

__version__ = "0.1.0"
