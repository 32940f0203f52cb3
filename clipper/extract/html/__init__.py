"""HTML pages -> Article: readability and its repairs, cleaning, metadata, rules as data."""
