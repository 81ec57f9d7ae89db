namespace Portal.Benchmarks;

public static class SearchBenchmark
{
    public static Task<int> Run(int stories)
    {
        Console.WriteLine("search benchmark: not implemented yet");
        return Task.FromResult(2);
    }
}
