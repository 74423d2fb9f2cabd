namespace SaRaiCms.Search.Querying;

/// <summary>One part of what was typed: a word, or a phrase in double quotes.</summary>
public sealed record QueryClause(string Text, bool IsPhrase);

/// <summary>What was typed, split into clauses, and what had to be tidied on the way.</summary>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, bool UnclosedQuote, bool Truncated);

/// <summary>
/// The public search's query language is deliberately small: words (all must match, in any
/// field) and "phrases in double quotes". Nothing else is syntax: Lucene's operators, wildcards,
/// fields, regular expressions and escapes are never passed to a query parser, so no input can
/// make a query fail; characters that are not letters or digits simply produce no terms.
/// A quote left open runs to the end (and the page says so).
/// </summary>
public static class SearchQueryParser
{
    public static ParsedQuery Parse(string input, int maxLength, int maxWords)
    {
        var truncated = false;
        if (input.Length > maxLength)
        {
            input = input[..maxLength];
            truncated = true;
        }

        var clauses = new List<QueryClause>();
        var unclosed = false;
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsQuote(c))
            {
                var end = i + 1;
                while (end < input.Length && !IsQuote(input[end]))
                {
                    end++;
                }

                if (end >= input.Length)
                {
                    unclosed = true;
                }

                var phrase = input[(i + 1)..Math.Min(end, input.Length)].Trim();
                if (phrase.Length > 0)
                {
                    clauses.Add(new QueryClause(phrase, IsPhrase: true));
                }

                i = end + 1;
                continue;
            }

            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && !IsQuote(input[i]))
            {
                i++;
            }

            clauses.Add(new QueryClause(input[start..i], IsPhrase: false));
        }

        if (clauses.Count > maxWords)
        {
            clauses = clauses.Take(maxWords).ToList();
            truncated = true;
        }

        return new ParsedQuery(clauses, unclosed, truncated);
    }

    /// <summary>Straight and typographic double quotes (phones type “ ”).</summary>
    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
}
