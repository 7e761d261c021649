using System.Collections.Frozen;
using System.Text.Json;

namespace CaseRecords.Serialization;

/// <summary>The JSON names of an enum's members: kebab-case ("encyclopedia-article"), without reflection.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => ToName(value), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, ToName);

    /// <summary>All names, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TEnum>().Select(ToName)];

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string Name(TEnum value) => ByValue[value];

    /// <summary>The names of the flags set in <paramref name="value"/> (of a <see cref="FlagsAttribute"/> enum), in declaration order; none for 0.</summary>
    public static IEnumerable<string> Flags(TEnum value) =>
        Enum.GetValues<TEnum>().Where(flag => !EqualityComparer<TEnum>.Default.Equals(flag, default) && value.HasFlag(flag)).Select(Name);

    private static string ToName(TEnum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
