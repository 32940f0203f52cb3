"""Text dumps (a browser's Select All + Copy, or Markdown) -> Article."""
