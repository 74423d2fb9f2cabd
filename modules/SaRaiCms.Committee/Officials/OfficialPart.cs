using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Officials;

/// <summary>A person (đồng chí) with the positions they held over time.</summary>
public sealed class OfficialPart : ContentPart
{
    public string? PhotoPath { get; set; }
    public string? PhotoAlt { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<Position> Positions { get; set; } = [];
}

/// <summary>A title in an organisation from a start date to an end date (inclusive), in a term.</summary>
public sealed class Position
{
    public string Title { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public DateTime StartDate { get; set; }

    /// <summary>The last day held; null while still held.</summary>
    public DateTime? EndDate { get; set; }

    /// <summary>"khóa VII, nhiệm kỳ 2023–2028".</summary>
    public string? Term { get; set; }

    /// <summary>Rank among the official's titles on the same day (0 first): the order a title line is written in.</summary>
    public int Order { get; set; }

    public bool IsHeldOn(DateTime date) => StartDate.Date <= date.Date && (EndDate is null || EndDate.Value.Date >= date.Date);
}
