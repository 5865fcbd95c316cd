using System.Globalization;
using System.Text;

namespace Sitrep.Text;

/// <summary>
/// Folds text for dictionary matching: lower case, diacritics removed, typographic apostrophes
/// and dashes unified, ligatures expanded. One function so that resources and text fold alike.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            Append(sb, c);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032':
                sb.Append('\''); return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                sb.Append('-'); return;
            case '\u0153' or '\u0152': sb.Append("oe"); return;
            case '\u00E6' or '\u00C6': sb.Append("ae"); return;
            case '\u00DF': sb.Append("ss"); return;
            case '\u00A0' or '\u202F' or '\u2009': sb.Append(' '); return;
        }
        if (c < 128) { sb.Append(char.ToLowerInvariant(c)); return; }
        // Surrogates and unassigned code units cannot be decomposed one at a time: keep them as they are.
        if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned) { sb.Append(c); return; }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
    }
}
