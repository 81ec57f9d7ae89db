namespace Portal.Benchmarks;

public static class IncrementalBenchmark
{
    public static Task<int> Run(int stories)
    {
        Console.WriteLine("incremental benchmark: not implemented yet");
        return Task.FromResult(2);
    }
}
