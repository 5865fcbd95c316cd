using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>
/// Reads <c>cases.golden.md</c>, the challenge suite's case file; its header describes the format.
/// Any line the format does not know is an error with its line number, so a typo cannot silently drop a check.
/// </summary>
public static class ChallengeCaseFile
{
    public const string FileName = "cases.golden.md";

    private static readonly PartialDate DefaultPublished = new(2016, 12, 6);

    private static readonly Lazy<IReadOnlyList<ChallengeCase>> Loaded =
        new(() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Challenge", FileName))));

    public static IReadOnlyList<ChallengeCase> Cases => Loaded.Value;

    public static ChallengeCase Get(string id) => Cases.Single(c => c.Id == id);

    public static IReadOnlyList<ChallengeCase> Parse(IReadOnlyList<string> lines)
    {
        var cases = new List<ChallengeCase>();
        var category = "";
        Builder? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            try
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    if (current is not null) cases.Add(current.Build());
                    current = new Builder(line[3..].Trim(), category);
                }
                else if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    if (current is not null) cases.Add(current.Build());
                    current = null;
                    category = line[2..].Trim();
                }
                else if (current is not null && line.Trim().Length > 0)
                    current.Add(line);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{FileName} line {i + 1}: {e.Message}", e);
            }
        }
        if (current is not null) cases.Add(current.Build());
        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"{FileName}: case id \"{duplicate.Key}\" used twice");
        return cases;
    }

    private sealed class Builder(string id, string category)
    {
        private PartialDate _published = DefaultPublished;
        private string? _outlet;
        private readonly List<string> _paragraphs = [];
        private readonly List<(string SubType, string Location, Dictionary<string, string?> Checks)> _events = [];
        private bool _noEvents;
        private bool _exact;
        private string? _knownFailure;

        public void Add(string line)
        {
            if (line.StartsWith("> ", StringComparison.Ordinal)) { _paragraphs.Add(line[2..].Trim()); return; }
            if (line.StartsWith("  ", StringComparison.Ordinal)) { AddCheck(line.Trim()); return; }
            var (key, value) = KeyValue(line);
            switch (key)
            {
                case "published" when PartialDate.TryParse(value, out var date): _published = date; break;
                case "outlet": _outlet = value; break;
                case "event": AddEvent(value); break;
                case "no events" when value.Length == 0: _noEvents = true; break;
                case "exact" when value.Length == 0: _exact = true; break;
                case "known-failure" when value.Length > 0: _knownFailure = value; break;
                case "note": break;
                default: throw new FormatException($"cannot read \"{line}\"");
            }
        }

        public ChallengeCase Build()
        {
            if (_paragraphs.Count == 0) throw new FormatException($"case {id} has no text");
            if (_noEvents == (_events.Count > 0)) throw new FormatException($"case {id} needs either event lines or \"no events\"");
            var expected = _events.Select(e => new ExpectedEvent(e.SubType, e.Location, e.Checks)).ToList();
            return new ChallengeCase(id, category, _published, _outlet, _paragraphs, expected, _exact, _knownFailure);
        }

        private void AddEvent(string value)
        {
            var at = value.IndexOf(" @ ", StringComparison.Ordinal);
            if (at < 0) throw new FormatException($"an event is \"<sub-event type> @ <location>\", not \"{value}\"");
            var subType = value[..at].Trim();
            if (!EventTaxonomy.IsSubType(subType)) throw new FormatException($"unknown sub-event type \"{subType}\"");
            _events.Add((subType, value[(at + 3)..].Trim(), []));
        }

        private void AddCheck(string line)
        {
            if (_events.Count == 0) throw new FormatException($"field line \"{line}\" before any event line");
            var (field, value) = KeyValue(line);
            if (!ChallengeFields.IsKnown(field)) throw new FormatException($"unknown field \"{field}\"");
            _events[^1].Checks[field] = value is "none" ? null : value;
        }

        private static (string Key, string Value) KeyValue(string line)
        {
            var colon = line.IndexOf(':');
            return colon < 0 ? (line.Trim(), "") : (line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
    }
}
