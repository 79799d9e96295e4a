namespace Telematics.Simulator.Roads;

/// <summary>A point or direction in the local plane, in metres: X east, Y north.</summary>
public readonly record struct Vector2(double X, double Y)
{
    public double Length => Math.Sqrt(X * X + Y * Y);

    public Vector2 Unit => this / Length;

    /// <summary>The direction 90° to the left.</summary>
    public Vector2 LeftNormal => new(-Y, X);

    public static Vector2 operator +(Vector2 a, Vector2 b) => new(a.X + b.X, a.Y + b.Y);

    public static Vector2 operator -(Vector2 a, Vector2 b) => new(a.X - b.X, a.Y - b.Y);

    public static Vector2 operator *(Vector2 a, double k) => new(a.X * k, a.Y * k);

    public static Vector2 operator /(Vector2 a, double k) => new(a.X / k, a.Y / k);

    public static double Cross(Vector2 a, Vector2 b) => a.X * b.Y - a.Y * b.X;

    public static double Dot(Vector2 a, Vector2 b) => a.X * b.X + a.Y * b.Y;

    /// <summary>Rotates counter-clockwise (to the left) by <paramref name="radians"/>.</summary>
    public Vector2 Rotate(double radians) =>
        new(X * Math.Cos(radians) - Y * Math.Sin(radians), X * Math.Sin(radians) + Y * Math.Cos(radians));
}
