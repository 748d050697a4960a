"""Reports: each renders an Assessment into one output format."""
