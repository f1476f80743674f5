#!/usr/bin/env python3
"""Reference sentiment scores from Python VADER for SentimentAnalyzerTests.

Writes, beside this script:
  vader_reference.tsv  the curated corpus below (CX comments and VADER's own examples);
  vader_fuzz.tsv       2,000 seeded random "comments" built from lexicon words, boosters,
                       negations, "but", "least", "no", idioms, capitals and punctuation,
                       to exercise every rule and its combinations.

  cx_reference.json    every comment of cx_comments.json (248 realistic CX comments: negation,
                       intensifiers, "but", capitals, "!"/"?", emoji and emoticons, non-ASCII
                       text, blank and odd inputs), as a JSON array of objects with the same
                       fields as the columns below (JSON, so tabs and blank texts survive).

Columns: compound (as polarity_scores reports it, 4 decimals), raw compound (unrounded,
captured from vaderSentiment.normalize), pos, neu, neg (3 decimals), text.

Usage (vaderSentiment 3.3.2): pip install vaderSentiment==3.3.2 && python3 vader_reference.py
"""
import io
import json
import os
import random
from importlib.metadata import version

import vaderSentiment.vaderSentiment as vs

HERE = os.path.dirname(os.path.abspath(__file__))

CORPUS = [
    # Customer-experience comments.
    "not good",
    "no problem",
    "No problems at all, thanks",
    "The staff were not very helpful",
    "Delivery was late but the support was great",
    "GREAT service!!!",
    "kind of slow",
    "The checkout was kind of slow and confusing",
    "The website is sort of ok",
    "Delivery was fast and the driver was friendly.",
    "Terrible customer service, I waited 40 minutes on hold.",
    "The product is good but the price is too high",
    "Not bad at all",
    "I am not happy with the quality",
    "The staff were extremely rude and unhelpful!!",
    "Absolutely love it, will buy again",
    "Never again. Worst experience ever.",
    "It was ok I guess",
    "Refund took forever and nobody answered my emails",
    "The app keeps crashing, very frustrating",
    "Support was helpful but slow",
    "Great value for money!",
    "I wouldn't recommend this shop to anyone",
    "The parcel arrived damaged and nobody cared",
    "Excellent quality, quick delivery, friendly staff",
    "Prices are reasonable but the website is awful",
    "no complaints",
    "Not the best, not the worst",
    "The assistant was barely polite",
    "The call centre agent was SO helpful!",
    "Why is it so hard to return an item??",
    "What a joke???? Still no refund!!!!",
    "It's not that the staff were rude, they were just slow",
    "I can't complain",
    "The delivery was on time.",
    "Item as described",
    "Very very good",
    "Hardly a pleasant experience",
    "At least the staff were friendly",
    "The least helpful person I have ever met",
    "Without a doubt the best service I've had",
    "Never so happy with a purchase",
    "No help, no answer, no refund",
    "The food was the bomb",
    "Yeah right, great service",
    "I was fed up with waiting",
    "The manager was helpful but the staff were not friendly and the queue was long",
    "I love the product but hate the packaging",
    "DO NOT buy from this company",
    "Thank you so much, amazing support team",
    "The price increase is a joke, cancelling my subscription",
    "Quality has gone down but it's still acceptable",
    "Seamless online experience from start to finish",
    "Waited two weeks for a reply from customer support",
    "okay",
    "meh",
    "",
    "   ",
    "!!!",
    # VADER's own examples (emoji-free).
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "Without a doubt, excellent idea.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.",
    # Non-ASCII text and whitespace.
    "Le service était TRÈS bon, merci",
    "Très bien\u00a0! great job",
    "ÜBER good service",
]

BOOSTERS = ["very", "extremely", "so", "really", "slightly", "barely", "kinda", "somewhat", "totally", "hardly"]
NEGATIONS = ["not", "never", "isn't", "don't", "without", "nor", "wasn't", "cannot", "nothing", "despite"]
RULE_WORDS = ["but", "least", "at", "no", "or", "kind", "of", "sort", "just", "enough", "this", "doubt",
              "the", "bomb", "kiss", "death", "yeah", "right", "to", "die", "for", "bad", "ass", "bus", "stop"]
NEUTRAL = ["the", "staff", "delivery", "was", "price", "it", "and", "we", "app", "website", "order", "is"]
PUNCT = ["", "", "", ",", ".", "!", "?", "!!", "??", "...", ":)"]


def fuzz(rng, lexicon_words):
    words = []
    for _ in range(rng.randint(1, 14)):
        pool = rng.random()
        if pool < 0.30:
            word = rng.choice(lexicon_words)
        elif pool < 0.45:
            word = rng.choice(BOOSTERS)
        elif pool < 0.58:
            word = rng.choice(NEGATIONS)
        elif pool < 0.78:
            word = rng.choice(RULE_WORDS)
        else:
            word = rng.choice(NEUTRAL)
        shape = rng.random()
        if shape < 0.12:
            word = word.upper()
        elif shape < 0.20:
            word = word.capitalize()
        word += rng.choice(PUNCT)
        words.append(word)
    return " ".join(words)


def write(name, texts):
    analyzer = vs.SentimentIntensityAnalyzer()
    original = vs.normalize
    captured = []

    def capture(score, alpha=15):
        value = original(score, alpha)
        captured.append(value)
        return value

    vs.normalize = capture
    try:
        with io.open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as out:
            out.write("# vaderSentiment %s: compound\traw_compound\tpos\tneu\tneg\ttext\n" % version("vaderSentiment"))
            for text in texts:
                assert "\t" not in text and "\n" not in text
                del captured[:]
                scores = analyzer.polarity_scores(text)
                raw = captured[0] if captured else 0.0
                out.write("%r\t%r\t%r\t%r\t%r\t%s\n" % (scores["compound"], raw, scores["pos"],
                                                      scores["neu"], scores["neg"], text))
    finally:
        vs.normalize = original


def score_all(texts):
    """polarity_scores of each text, with the unrounded compound captured from normalize."""
    analyzer = vs.SentimentIntensityAnalyzer()
    original = vs.normalize
    captured = []

    def capture(score, alpha=15):
        value = original(score, alpha)
        captured.append(value)
        return value

    vs.normalize = capture
    try:
        results = []
        for text in texts:
            del captured[:]
            scores = analyzer.polarity_scores(text)
            results.append({"text": text, "compound": scores["compound"],
                            "raw_compound": captured[0] if captured else 0.0,
                            "pos": scores["pos"], "neu": scores["neu"], "neg": scores["neg"]})
        return results
    finally:
        vs.normalize = original


def write_cx():
    with io.open(os.path.join(HERE, "cx_comments.json"), encoding="utf-8") as f:
        texts = json.load(f)
    document = {"vader_sentiment": version("vaderSentiment"), "comments": score_all(texts)}
    with io.open(os.path.join(HERE, "cx_reference.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")


def main():
    write_cx()
    write("vader_reference.tsv", CORPUS)
    analyzer = vs.SentimentIntensityAnalyzer()
    # Lower-case, space-free lexicon words (the only ones a token can match), in file order.
    lexicon_words = [w for w in analyzer.lexicon if w == w.lower() and " " not in w and "\t" not in w]
    rng = random.Random(20250331)
    write("vader_fuzz.tsv", [fuzz(rng, lexicon_words) for _ in range(2000)])


if __name__ == "__main__":
    main()
