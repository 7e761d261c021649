namespace CaseRecords;

/// <summary>Argument checks shared by the model's constructors and init accessors.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", name);
        }

        return value;
    }

    public static string? NullOrNotBlank(string? value, string name) =>
        value is null ? null : NotBlank(value, name);

    public static string Id(string? value, string name)
    {
        NotBlank(value, name);
        if (!EntityIds.IsValid(value))
        {
            throw new ArgumentException(EntityIds.Rule, name);
        }

        return value!;
    }

    public static EquatableArray<T> NoNulls<T>(EquatableArray<T> items, string name)
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("The list must not contain null elements.", name);
            }
        }

        return items;
    }

    public static TEnum Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(TEnum).Name} value.");
        }

        return value;
    }
}
