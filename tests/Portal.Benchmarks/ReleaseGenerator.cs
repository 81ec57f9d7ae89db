namespace Portal.Benchmarks;

/// <summary>The Release build of the generator, which the benchmarks time as a separate process.</summary>
public static class ReleaseGenerator
{
    public static string Dll => Path.Combine(RepositoryPaths.Root, "generator", "bin", "Release", "net10.0", "Portal.Generator.dll");
}
