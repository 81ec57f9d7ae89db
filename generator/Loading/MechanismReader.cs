using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

public static class MechanismReader
{
    public const string FileName = "mechanism.yml";

    public static Mechanism? Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, FileName, diagnostics);
        if (map is null) return null;
        var title = map.String("title", "机制名称", required: true);
        var chief = ReadPerson(map.Map("chiefConvener", "总召集人", required: true));
        var conveners = map.MapList("conveners", "召集人").Select(ReadPerson).OfType<Person>().ToList();
        var members = map.StringList("members", "成员");
        var officeMap = map.Map("office", "办公室", required: true);
        MechanismOffice? office = null;
        if (officeMap is not null)
        {
            var locatedIn = officeMap.String("locatedIn", "办公室设在", required: true);
            var deputies = new List<OfficeDeputy>();
            foreach (var deputy in officeMap.MapList("deputies", "副主任"))
            {
                var department = deputy.String("department", "副主任所在部门", required: true);
                var role = deputy.String("role", "职务")?.Value ?? "";
                deputy.ReportUnknownKeys(["department", "role"]);
                if (department is not null) deputies.Add(new OfficeDeputy(department.Value, role));
            }
            if (locatedIn is not null)
            {
                office = new MechanismOffice
                {
                    LocatedIn = locatedIn.Value,
                    Director = officeMap.String("director", "办公室主任")?.Value ?? "",
                    Deputies = deputies,
                };
            }
            officeMap.ReportUnknownKeys(["locatedIn", "director", "deputies"]);
        }
        var duties = map.String("duties", "机制职责")?.Value ?? "";
        var officeDuties = map.String("officeDuties", "办公室职责")?.Value ?? "";
        map.ReportUnknownKeys(["title", "chiefConvener", "conveners", "members", "office", "duties", "officeDuties"]);
        if (title is null || chief is null || office is null) return null;
        return new Mechanism
        {
            SourceFile = FileName,
            Title = title.Value.Value,
            ChiefConvener = chief,
            Conveners = conveners,
            Members = members,
            Office = office,
            Duties = duties,
            OfficeDuties = officeDuties,
        };
    }

    private static Person? ReadPerson(YamlMap? map)
    {
        if (map is null) return null;
        var name = map.String("name", "姓名", required: true);
        var position = map.String("position", "职务")?.Value ?? "";
        map.ReportUnknownKeys(["name", "position"]);
        return name is null ? null : new Person(name.Value.Value, position);
    }
}
