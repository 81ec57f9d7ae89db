using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static class MechanismReader
{
    public const string FileName = "mechanism.yml";

    public static Loaded<Mechanism> Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, MechanismFields.Document, diagnostics);
        if (map is null) return new(null, []);
        var title = map.String(MechanismFields.Title);
        var chief = ReadPerson(map.Map(MechanismFields.ChiefConvener));
        var conveners = map.MapList(MechanismFields.Conveners).Select(ReadPerson).OfType<Person>().ToList();
        var members = map.StringList(MechanismFields.Members);
        var officeMap = map.Map(MechanismFields.Office);
        MechanismOffice? office = null;
        if (officeMap is not null)
        {
            var locatedIn = officeMap.String(MechanismFields.OfficeLocatedIn);
            var deputies = new List<OfficeDeputy>();
            foreach (var deputy in officeMap.MapList(MechanismFields.OfficeDeputies))
            {
                var department = deputy.String(MechanismFields.DeputyDepartment);
                var role = deputy.String(MechanismFields.DeputyRole)?.Value ?? "";
                deputy.ReportUnknownKeys();
                if (department is not null) deputies.Add(new OfficeDeputy(department.Value, role));
            }
            if (locatedIn is not null)
            {
                office = new MechanismOffice
                {
                    LocatedIn = locatedIn.Value,
                    Director = officeMap.String(MechanismFields.OfficeDirector)?.Value ?? "",
                    Deputies = deputies,
                };
            }
            officeMap.ReportUnknownKeys();
        }
        var duties = map.String(MechanismFields.Duties)?.Value ?? "";
        var officeDuties = map.String(MechanismFields.OfficeDuties)?.Value ?? "";
        map.ReportUnknownKeys();
        if (title is null || chief is null || office is null) return new(null, map.Written);
        return new(new Mechanism
        {
            SourceFile = FileName,
            Title = title.Value.Value,
            ChiefConvener = chief,
            Conveners = conveners,
            Members = members,
            Office = office,
            Duties = duties,
            OfficeDuties = officeDuties,
        }, map.Written);
    }

    private static Person? ReadPerson(YamlMap? map)
    {
        if (map is null) return null;
        var name = map.String(MechanismFields.PersonName);
        var position = map.String(MechanismFields.PersonPosition)?.Value ?? "";
        map.ReportUnknownKeys();
        return name is null ? null : new Person(name.Value.Value, position);
    }
}
