namespace CaseRecords;

/// <summary>
/// Common role names for <see cref="Reference.Role"/>. Roles are open text: these constants only keep the
/// usual ones spelled the same way everywhere.
/// </summary>
public static class Roles
{
    /// <summary>Brings a lawsuit.</summary>
    public const string Plaintiff = "plaintiff";

    /// <summary>Is sued or prosecuted.</summary>
    public const string Defendant = "defendant";

    /// <summary>Appeals a decision.</summary>
    public const string Appellant = "appellant";

    /// <summary>Answers an appeal.</summary>
    public const string Appellee = "appellee";

    /// <summary>Decides a proceeding.</summary>
    public const string Judge = "judge";

    /// <summary>Gives testimony or saw an event.</summary>
    public const string Witness = "witness";

    /// <summary>Stands in an election.</summary>
    public const string Candidate = "candidate";

    /// <summary>Represents a party.</summary>
    public const string Counsel = "counsel";

    /// <summary>Suffered the harm at the centre of an incident.</summary>
    public const string Victim = "victim";

    /// <summary>Committed the act at the centre of an incident.</summary>
    public const string Perpetrator = "perpetrator";

    /// <summary>Responded to a call as police, fire or medical personnel.</summary>
    public const string Responder = "responder";

    /// <summary>Made a call that reported an incident.</summary>
    public const string Caller = "caller";

    /// <summary>Took the decision (for example a dismissal).</summary>
    public const string DecisionMaker = "decision-maker";
}
