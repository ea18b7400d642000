"""Unit tests of measure.py's own logic (run by scripts/test.sh): how a masked file path, as the
tool prints a file whose name holds a register name, is matched back to the corpus's file."""
import unittest

import measure


class UnmaskTests(unittest.TestCase):
    FILES = ["content/reviews/alesia.md", "content/reviews/ayaantu.md",
             "content/reviews/alesia-agency-contributions.md", "content/reviews/dhr-emlyn-summary.md"]

    def test_a_mask_inside_a_name_matches_one_file(self):
        self.assertEqual(measure.unmask("content/reviews/dhr-e*****-summary.md", self.FILES),
                         "content/reviews/dhr-emlyn-summary.md")
        self.assertEqual(measure.unmask("content/reviews/a*****-agency-contributions.md", self.FILES),
                         "content/reviews/alesia-agency-contributions.md")

    def test_a_mask_two_files_fit_is_attributed_by_a_label_at_its_place(self):
        found = measure.unmask("content/reviews/a*****.md", self.FILES)
        self.assertEqual(found, ("content/reviews/alesia.md", "content/reviews/ayaantu.md"))
        labels = [{"file": "content/reviews/ayaantu.md", "line": 4, "column": 10, "length": 6}]
        diags = [{"file": found, "line": 4, "column": 12}, {"file": found, "line": 9, "column": 1}]
        measure.attribute(diags, labels)
        self.assertEqual([d["file"] for d in diags], ["content/reviews/ayaantu.md", "content/reviews/alesia.md"])

    def test_when_both_files_have_a_label_there_the_one_of_the_findings_rule_wins(self):
        # (Set 63: `alesia.md` has a phone at 48:14, `ayaantu.md` a name at the same place.)
        found = ("content/reviews/ayaantu.md", "content/reviews/alesia.md")
        labels = [{"file": "content/reviews/ayaantu.md", "line": 48, "column": 1, "length": 30, "rule": "names-register"},
                  {"file": "content/reviews/alesia.md", "line": 48, "column": 14, "length": 16, "rule": "phone"}]
        diags = [{"file": found, "line": 48, "column": 14, "rule": "phone"},
                 {"file": found, "line": 48, "column": 20, "rule": "names-register"}]
        measure.attribute(diags, labels)
        self.assertEqual([d["file"] for d in diags], ["content/reviews/alesia.md", "content/reviews/ayaantu.md"])

    def test_an_unmasked_path_is_kept(self):
        self.assertEqual(measure.unmask("content/index.md", self.FILES), "content/index.md")


class LinkTests(unittest.TestCase):
    LINE = "Online      instagram.com/ricky.gallardo.afloat ; YouTube youtube.com/@lifeontrelew"

    def test_a_whole_links_finding_finds_the_handle_labelled_inside_it(self):
        labels = [{"file": "f", "line": 1, "column": 27, "length": 21, "rule": "social-handle"},
                  {"file": "f", "line": 1, "column": 78, "length": 13, "rule": "social-handle"}]
        d = {"file": "f", "line": 1, "column": 13, "rule": "social-handle"}
        self.assertEqual(measure.in_link(d, labels, labels, line=self.LINE), [0])

    def test_a_handle_after_a_space_is_another_one(self):
        labels = [{"file": "f", "line": 1, "column": 60, "length": 7, "rule": "social-handle"}]
        d = {"file": "f", "line": 1, "column": 13, "rule": "social-handle"}
        self.assertEqual(measure.in_link(d, labels, labels, line=self.LINE), [])


if __name__ == "__main__":
    unittest.main()
