"""``python -m clipper``."""

from clipper.entry import run

# The guard matters where worker processes start by "spawn" (macOS, Windows):
# each worker imports this module again and must not run the CLI.
if __name__ == "__main__":
    run()
