using Sitrep.Resources;

namespace Sitrep.Bench.Generation;

public enum TemplateKind { Title, Lead, Event, Quote, Background }

/// <summary>One sentence template of <c>data/templates.fr.tsv</c>.</summary>
public sealed record Template(TemplateKind Kind, string Text)
{
    public static IReadOnlyList<Template> Load(string path) =>
        TsvFile.Read(path).Select(r => new Template(Enum.Parse<TemplateKind>(r["kind"], ignoreCase: true), r["template"])).ToList();
}
