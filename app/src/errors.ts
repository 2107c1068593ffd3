/** An error the clerk reads: one Vietnamese line and its English twin. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
