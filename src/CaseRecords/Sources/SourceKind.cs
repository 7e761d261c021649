namespace CaseRecords;

/// <summary>What kind of document a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>Anything not listed here.</summary>
    Other = 0,

    /// <summary>An encyclopedia article.</summary>
    EncyclopediaArticle,

    /// <summary>A news article or feature.</summary>
    NewsArticle,

    /// <summary>A biography or profile page.</summary>
    Biography,

    /// <summary>A court record: an opinion, a docket, a filing.</summary>
    CourtRecord,

    /// <summary>A radio or television broadcast, or a streamed series.</summary>
    Broadcast,

    /// <summary>A post on a social-media service.</summary>
    SocialMediaPost,

    /// <summary>A book or a chapter of one.</summary>
    Book,

    /// <summary>An official or organizational report.</summary>
    Report,

    /// <summary>An audio or video recording, or its transcript.</summary>
    Recording,
}
