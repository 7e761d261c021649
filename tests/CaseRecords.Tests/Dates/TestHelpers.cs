using NodaTime;
using NodaTime.Text;
using Shouldly;

namespace CaseRecords.Dates.Tests;

internal static class TestHelpers
{
    /// <summary>Parses, asserts success and that formatting round-trips.</summary>
    public static CaseDate Ok(string text)
    {
        var result = CaseDate.Parse(text);
        result.Success.ShouldBeTrue($"'{text}': {result.Message}");
        result.ErrorIndex.ShouldBe(-1);
        result.ErrorKind.ShouldBeNull();
        result.Message.ShouldBeNull();
        result.Value.ToEdtf().ShouldBe(text);
        result.Value.ToString().ShouldBe(text);
        return result.Value;
    }

    public static EdtfParseResult Bad(string text, EdtfErrorKind kind)
    {
        var result = CaseDate.Parse(text);
        result.Success.ShouldBeFalse($"'{text}' parsed as {result.Value}");
        result.Value.ShouldBeNull();
        result.ErrorKind.ShouldBe(kind, $"'{text}': {result.Message}");
        result.Message.ShouldNotBeNullOrWhiteSpace();
        result.ErrorIndex.ShouldBeGreaterThanOrEqualTo(0);
        result.ErrorIndex.ShouldBeLessThanOrEqualTo(text.Length);
        CaseDate.TryParse(text, out var d).ShouldBeFalse();
        d.ShouldBeNull();
        return result;
    }

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static LocalDate? Dn(string? iso) => iso is null ? null : D(iso);
}
