using SaRaiCms.ContentManagement;

namespace SaRaiCms.Committee.Meetings;

public static class MeetingKinds
{
    public const string HalfYearReview = "HalfYearReview";
    public const string YearEndReview = "YearEndReview";
    public const string ExecutiveCommittee = "ExecutiveCommittee";
    public const string CellMeeting = "CellMeeting";
    public const string Congress = "Congress";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [HalfYearReview] = "Hội nghị sơ kết 6 tháng",
        [YearEndReview] = "Hội nghị tổng kết năm",
        [ExecutiveCommittee] = "Hội nghị Ban Chấp hành",
        [CellMeeting] = "Sinh hoạt chi bộ",
        [Congress] = "Đại hội",
    };
}

public static class PartsOfDay
{
    public const string Morning = "Morning";
    public const string Afternoon = "Afternoon";
    public const string Evening = "Evening";
    public const string AllDay = "AllDay";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Morning] = "Sáng",
        [Afternoon] = "Chiều",
        [Evening] = "Tối",
        [AllDay] = "",
    };
}

public static class ParticipantRoles
{
    public const string Chair = "Chair";
    public const string Directing = "Directing";
    public const string Guest = "Guest";
    public const string Secretary = "Secretary";

    /// <summary>In the order a report names them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Chair] = "Chủ trì",
        [Directing] = "Dự và chỉ đạo",
        [Guest] = "Đến dự",
        [Secretary] = "Thư ký",
    };
}

/// <summary>A meeting: when, where, who in which role, what it reviewed and decided.</summary>
public sealed class MeetingPart : ContentPart
{
    public string Kind { get; set; } = MeetingKinds.CellMeeting;

    /// <summary>"lần thứ N" for executive committee meetings and congresses.</summary>
    public int? Number { get; set; }

    /// <summary>"nhiệm kỳ 2023–2028" for congresses.</summary>
    public string? Term { get; set; }

    public DateTime Date { get; set; }
    public string PartOfDay { get; set; } = PartsOfDay.Morning;
    public string? Place { get; set; }
    public string OrganisationId { get; set; } = "";
    public List<Participant> Participants { get; set; } = [];
    public string? Summary { get; set; }

    /// <summary>The period it reviews, e.g. "6 tháng đầu năm 2023".</summary>
    public string? PeriodLabel { get; set; }
    public DateTime? PeriodStart { get; set; }
    public DateTime? PeriodEnd { get; set; }

    public List<Indicator> Indicators { get; set; } = [];
    public string? TaskListId { get; set; }
    public List<string> DocumentIds { get; set; } = [];
}

public sealed class Participant
{
    public string OfficialId { get; set; } = "";
    public string Role { get; set; } = ParticipantRoles.Guest;

    /// <summary>An extra duty at this meeting, e.g. "phụ trách, giám sát Đảng bộ thị trấn".</summary>
    public string? Note { get; set; }
}
