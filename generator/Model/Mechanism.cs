
namespace Portal.Model;

/// <summary>content/mechanism.yml: the 专项工作机制 roster from the notice's attachment.</summary>
public sealed record Mechanism
{
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    /// <summary>总召集人</summary>
    public required Person ChiefConvener { get; init; }
    /// <summary>召集人</summary>
    public IReadOnlyList<Person> Conveners { get; init; } = [];
    /// <summary>成员: department names as printed, resolved against the registry.</summary>
    public IReadOnlyList<Located<string>> Members { get; init; } = [];
    public required MechanismOffice Office { get; init; }
    public string Duties { get; init; } = "";
    public string OfficeDuties { get; init; } = "";
}

public sealed record Person(string Name, string Position);

public sealed record MechanismOffice
{
    /// <summary>设在: the department that hosts the office.</summary>
    public required Located<string> LocatedIn { get; init; }
    public string Director { get; init; } = "";
    public IReadOnlyList<OfficeDeputy> Deputies { get; init; } = [];
}

/// <summary>副主任: a role in a department, e.g. 厅办公室 主要负责同志.</summary>
public sealed record OfficeDeputy(Located<string> Department, string Role);
