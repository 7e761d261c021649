namespace CaseRecords;

/// <summary>The rule for the stable, human-readable ids of sources and entities.</summary>
public static class EntityIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>The rule, in words (used in error messages).</summary>
    public const string Rule =
        "An id is 1 to 128 characters: lower-case ASCII letters and digits, with single '-', '.' or '_' between them (for example \"john-balcerzak\").";

    /// <summary>Whether <paramref name="id"/> follows <see cref="Rule"/>.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when the id is valid.</returns>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        var previousWasSeparator = true;
        foreach (var c in id)
        {
            var isAlphanumeric = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (!isAlphanumeric)
            {
                if (c is not ('-' or '.' or '_') || previousWasSeparator)
                {
                    return false;
                }

                previousWasSeparator = true;
            }
            else
            {
                previousWasSeparator = false;
            }
        }

        return !previousWasSeparator;
    }
}
