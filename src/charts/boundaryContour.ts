// The contour is drawn by the worker for the frames it sends and by the page for grids of its own;
// one function for both sides, in workers/ (see workers/boundaryContour.ts).
export { contourPath, GRID_CONTOUR_DECIMALS } from '../../workers/contract';
