"""Data sets: synthetic 2-D sets, shipped real sets, CSV import, splitting and scaling. Never imports Qt."""
