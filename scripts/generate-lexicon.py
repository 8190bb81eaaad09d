#!/usr/bin/env python3
"""Writes Sources/OKRKit/Words/LexiconData.swift: the word classes of WordNet 3.0 that the rules read words by.

WordNet files every sense of a word under a lexicographer file: a verb sense under verb.creation,
verb.communication, verb.change, verb.possession and eleven more; a noun sense under noun.artifact,
noun.person, noun.attribute and twenty-three more. The kr-activity rule asks what kind of work a verb names
("redesign" creates, "containerize" touches a thing, "win" comes into possession) and whether a noun names a
thing that can be delivered ("dashboard", "handbook"). This script keeps, for each single lower-case word,
the class of its most frequent verb sense and of its most frequent noun sense (WordNet orders senses by how
often they were tagged in its corpus), and writes them as two sorted tables the build compiles in:

  entries      "word CLASSES": one letter a class, upper case for a verb class (A = verb.body ... O =
               verb.weather, lexicographer files 29 to 43), lower case for a noun class (a = noun.Tops ...
               z = noun.time, files 3 to 28). The part of speech the word is more often tagged as (cntlist.rev)
               comes first: "plant dG" is mostly a noun (noun.artifact), and also a verb of contact.
               Every verb is listed; a word that is only a noun is listed when its first sense is an
               artifact or a communication (a deliverable), as nothing else asks about the others. A verb
               that is also an adjective ends with "+": "clean Gb+" ("Clean audit report" is no command).
  inflections  "form lemma": the irregular verb forms of WordNet's verb.exc ("built build", "shipped ship").

The build and the tests do not need WordNet: the generated file is committed. To regenerate it:

  apt-get install wordnet-base        # Debian/Ubuntu: the data under /usr/share/wordnet
  scripts/generate-lexicon.py         # or: scripts/generate-lexicon.py --wordnet DIR --output FILE

Python 3 standard library only. The output is the same for the same WordNet files.
"""
import argparse
import collections
import os
import re

# WordNet's licence asks that its notice appear on all copies of the database, modified ones included.
WORDNET_LICENSE = """WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this software and
database, you agree that you have read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and database and its documentation for any
purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following
copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the
software, database and documentation, including modifications that you make for internal use or for
distribution.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
TRADEMARKS OR OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
distribution of the software and/or database. Title to copyright in this software, database and any
associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve
same."""

FIRST_NOUN_FILE, LAST_NOUN_FILE = 3, 28
FIRST_VERB_FILE, LAST_VERB_FILE = 29, 43
NOUN_ARTIFACT, NOUN_COMMUNICATION = 6, 10
WORD = re.compile(r"^[a-z]+$")


def letter(lexicographer_file):
    """The one-letter code of a noun or verb lexicographer file."""
    if FIRST_VERB_FILE <= lexicographer_file <= LAST_VERB_FILE:
        return chr(ord("A") + lexicographer_file - FIRST_VERB_FILE)
    assert FIRST_NOUN_FILE <= lexicographer_file <= LAST_NOUN_FILE, lexicographer_file
    return chr(ord("a") + lexicographer_file - FIRST_NOUN_FILE)


def records(wordnet, name):
    """The lines of a WordNet file, without the licence lines that open the data and index files."""
    with open(os.path.join(wordnet, name), encoding="utf-8") as lines:
        yield from (line for line in lines if not line.startswith(" "))


def lexicographer_files(wordnet, pos):
    """Each synset offset of data.POS, mapped to its lexicographer file number."""
    fields = (line.split(" ", 2) for line in records(wordnet, "data." + pos))
    return {offset: int(number) for offset, number, _ in fields}


def senses(wordnet, pos):
    """Each single-word lemma of index.POS, mapped to its synset offsets, most frequent first."""
    lemmas = {}
    for fields in (line.split() for line in records(wordnet, "index." + pos)):
        if WORD.match(fields[0]):
            lemmas[fields[0]] = fields[-int(fields[2]):]
    return lemmas


def tag_counts(wordnet):
    """How often each (lemma, pos) was tagged in WordNet's corpus, over all its senses, from cntlist.rev."""
    counts = collections.Counter()
    for line in records(wordnet, "cntlist.rev"):
        key, _, count = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "noun", "2": "verb"}.get(rest.split(":", 1)[0])
        if pos:
            counts[(lemma, pos)] += int(count)
    return counts


def first_class(offsets, files):
    """The letter of the most frequent sense's class."""
    return letter(files[offsets[0]])


def entries(wordnet):
    """The lines of the entries table, sorted."""
    counts = tag_counts(wordnet)
    verbs, nouns, adjectives = senses(wordnet, "verb"), senses(wordnet, "noun"), senses(wordnet, "adj")
    verb_files, noun_files = lexicographer_files(wordnet, "verb"), lexicographer_files(wordnet, "noun")
    deliverables = {letter(NOUN_ARTIFACT), letter(NOUN_COMMUNICATION)}
    lines = []
    for word in sorted(set(verbs) | set(nouns)):
        verb = first_class(verbs[word], verb_files) if word in verbs else ""
        noun = first_class(nouns[word], noun_files) if word in nouns else ""
        if not verb and noun not in deliverables:
            continue
        verb_tags, noun_tags = counts[(word, "verb")], counts[(word, "noun")]
        # Mostly a noun: tagged more often as one, or, untagged, with more noun senses than verb senses.
        mostly_noun = (noun_tags, len(nouns.get(word, []))) > (verb_tags, len(verbs.get(word, [])))
        adjective = "+" if verb and word in adjectives else ""
        lines.append(word + " " + (noun + verb if mostly_noun else verb + noun) + adjective)
    return lines


def inflections(wordnet, lemmas):
    """The lines of the inflections table: irregular verb forms whose lemma is listed, sorted."""
    lines = set()
    with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as exceptions:
        for line in exceptions:
            form, *bases = line.split()
            for base in bases:
                if WORD.match(form) and base in lemmas and form != base:
                    lines.add(form + " " + base)
                    break
    return sorted(lines)


def swift_source(entry_lines, inflection_lines):
    """The generated Swift file."""
    def literal(lines):
        return '"""\n' + "\n".join(lines) + '\n"""'

    return (
        "// Generated by scripts/generate-lexicon.py from WordNet 3.0 (Debian's wordnet-base); do not edit.\n//\n"
        + "".join("// " + line + "\n" if line else "//\n" for line in WORDNET_LICENSE.split("\n"))
        + "\n"
        "/// The word classes `Lexicon` reads, as sorted lines searched in place: nothing is parsed or copied.\n"
        "enum LexiconData {\n"
        "    /// \"word CLASSES\", sorted by their bytes: one letter a lexicographer file, the most used part of\n"
        "    /// speech first (`VerbClass`, `NounClass`).\n"
        f"    static let entries: StaticString = {literal(entry_lines)}\n\n"
        "    /// \"form lemma\", sorted by their bytes: WordNet's irregular verb forms.\n"
        f"    static let inflections: StaticString = {literal(inflection_lines)}\n"
        "}\n"
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="the WordNet dict folder")
    parser.add_argument(
        "--output", default=os.path.join(here, "..", "Sources", "OKRKit", "Words", "LexiconData.swift"))
    arguments = parser.parse_args()
    entry_lines = entries(arguments.wordnet)
    lemmas = {line.split(" ", 1)[0] for line in entry_lines}
    source = swift_source(entry_lines, inflections(arguments.wordnet, lemmas))
    with open(arguments.output, "w", encoding="utf-8") as output:
        output.write(source)
    print(f"{os.path.normpath(arguments.output)}: {len(entry_lines)} words, {len(source.encode())} bytes")


if __name__ == "__main__":
    main()
