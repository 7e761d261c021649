using System.Diagnostics.CodeAnalysis;

namespace CaseRecords.Serialization;

/// <summary>
/// The values a reading thread parsed lately from pooled strings (<see cref="StringPool"/> gives a value that recurs
/// as one string): a date such as "1991-05-27" recurs across thousands of claims, and parsing it again would make the
/// same immutable value again. A fixed table keyed by the string itself, the newer value taking the slot; only values
/// that parsed are kept. Not thread-safe.
/// </summary>
/// <typeparam name="T">An immutable value with value equality: whether two equal ones are one object is not observable.</typeparam>
internal sealed class ParsedValues<T>
    where T : class
{
    private const int Slots = 1 << 10;

    private readonly (string? Text, T? Value)[] table = new (string?, T?)[Slots];

    /// <summary>The value parsed last from this very string, if the table still holds it.</summary>
    public bool TryGet(string text, [NotNullWhen(true)] out T? value)
    {
        ref var entry = ref table[Slot(text)];
        value = ReferenceEquals(entry.Text, text) ? entry.Value : null;
        return value is not null;
    }

    /// <summary>Keeps <paramref name="value"/>, parsed from <paramref name="text"/>.</summary>
    public void Add(string text, T value) => table[Slot(text)] = (text, value);

    private static int Slot(string text) => text.GetHashCode() & (Slots - 1);
}
