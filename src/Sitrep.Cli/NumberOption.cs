using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Sitrep.Cli;

/// <summary>
/// Numeric options checked as they are parsed, so that a value out of range is a parse error naming the rule, as a
/// value that is no number is. (A validator that reads the value throws on a value that is no number: the parser
/// converts values only when asked.) The benchmark's command line uses them too.
/// </summary>
public static class NumberOption
{
    /// <param name="rule">What a value must be, completing "NAME must be …", e.g. "a whole number from 0 to 65535".</param>
    public static Option<T> Create<T>(string name, string description, T defaultValue, string helpName, Func<T, bool> valid, string rule)
        where T : INumber<T> => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && valid(value)) return value;
            result.AddError($"{name} must be {rule}, not '{text}'.");
            return defaultValue;
        },
    };

    /// <summary>Above zero and finite ("Infinity" parses as a number).</summary>
    public static bool IsPositive(double value) => value > 0 && double.IsFinite(value);
}
