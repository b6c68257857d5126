"""Plain-text structure: paragraphs, headlines, bylines, datelines, kinds and sentences."""
