namespace Vigil.Ingestion.Text;

/// <summary>One line of a byte stream: its 1-based number and bytes (without the line break), or the mark that it was too long.</summary>
internal readonly record struct ByteLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>Splits a stream on '\n' with a bounded buffer: an over-long line is reported and skipped, never accumulated.</summary>
internal static class LineSplitter
{
    internal static IEnumerable<ByteLine> Split(Stream stream, int maxLineBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var tooLong = false;
        long number = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > maxLineBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        line.Write(buffer, start, end - start);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Emit(number++, line, tooLong);
                line = new MemoryStream();
                tooLong = false;
                start = newline + 1;
            }
        }

        if (line.Length > 0 || tooLong)
        {
            yield return Emit(number, line, tooLong);
        }
    }

    private static ByteLine Emit(long number, MemoryStream line, bool tooLong)
    {
        var bytes = tooLong ? ReadOnlyMemory<byte>.Empty : new ReadOnlyMemory<byte>(line.GetBuffer(), 0, (int)line.Length);
        if (!tooLong && bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new ByteLine(number, bytes, tooLong);
    }
}
