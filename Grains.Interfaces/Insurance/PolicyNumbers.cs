using System.Globalization;
using System.Text.RegularExpressions;

namespace Telematics.Insurance;

/// <summary>The number a renewal takes unless it is given one: the first term's number and <c>-R</c> with the renewal's count.</summary>
public static partial class PolicyNumbers
{
    /// <summary><c>POL-1</c> renews as <c>POL-1-R1</c>, which renews as <c>POL-1-R2</c>.</summary>
    public static string NextTerm(string number)
    {
        var match = RenewalSuffix().Match(number);
        return match.Success
            ? $"{match.Groups[1].Value}-R{int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) + 1}"
            : $"{number}-R1";
    }

    [GeneratedRegex(@"^(.+)-R([0-9]{1,9})\z", RegexOptions.CultureInvariant)]
    private static partial Regex RenewalSuffix();
}
