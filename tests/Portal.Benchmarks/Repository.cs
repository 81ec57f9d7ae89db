namespace Portal.Benchmarks;

public static class Repository
{
    public static string Root { get; } = Find();

    public static string GeneratorDll => Path.Combine(Root, "generator", "bin", "Release", "net10.0", "Portal.Generator.dll");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
        throw new InvalidOperationException("Portal.sln not found");
    }
}
