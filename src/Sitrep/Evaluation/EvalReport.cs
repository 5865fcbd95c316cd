using System.Text;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// The result of scoring predictions against a gold file: totals over all scored documents, field accuracy on
/// matched event pairs, a per-document breakdown (ordered by document id) and the event errors.
/// </summary>
public sealed record EvalReport(
    MatchCounts Events,
    FieldAccuracy Fields,
    MatchCounts Claims,
    MatchCounts Labels,
    IReadOnlyList<DocumentScore> Documents,
    IReadOnlyList<EvalError> Errors)
{
    /// <summary>
    /// The summary as one line of JSON, numbers rounded to 4 decimals. A field accuracy is null when no event
    /// pair matched (there is nothing to measure, and 0 would read as "always wrong").
    /// </summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("events");
            WriteScores(json, Events);
            json.WriteNumber("tp", Events.Tp);
            json.WriteNumber("fp", Events.Fp);
            json.WriteNumber("fn", Events.Fn);
            json.WriteEndObject();
            json.WriteStartObject("fields");
            foreach (var field in EventField.Scored)
            {
                if (Fields.Accuracy(field.Name) is double accuracy) json.WriteNumber(field.Name, Round(accuracy));
                else json.WriteNull(field.Name);
            }
            json.WriteEndObject();
            json.WriteStartObject("claims");
            WriteScores(json, Claims);
            json.WriteEndObject();
            json.WriteStartObject("labels");
            WriteScores(json, Labels);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A plain-text report for people: totals, field accuracy, per-document scores, then every error.</summary>
    public string ToTable() => EvalReportTable.Render(this);

    internal static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void WriteScores(Utf8JsonWriter json, MatchCounts counts)
    {
        json.WriteNumber("precision", Round(counts.Precision));
        json.WriteNumber("recall", Round(counts.Recall));
        json.WriteNumber("f1", Round(counts.F1));
    }
}
