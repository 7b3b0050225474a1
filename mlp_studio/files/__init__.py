"""Project files: reading, writing and migrating them. Never imports Qt."""
