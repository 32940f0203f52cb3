"""Where pages come from: files, stdin, folders, lists, bookmark files, URLs; and decoding."""
