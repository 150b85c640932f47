"""``python -m newsbrief``: the same entry point as the ``newsbrief`` console script."""

from newsbrief.cli import main

if __name__ == "__main__":
    main()
