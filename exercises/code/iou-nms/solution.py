def iou(box, boxes):
    """IoU of one box (4,) with each of boxes (M, 4); boxes are [x1, y1, x2, y2]."""
    x1 = np.maximum(box[0], boxes[:, 0])
    y1 = np.maximum(box[1], boxes[:, 1])
    x2 = np.minimum(box[2], boxes[:, 2])
    y2 = np.minimum(box[3], boxes[:, 3])
    inter = np.maximum(0, x2 - x1) * np.maximum(0, y2 - y1)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / (area + areas - inter)


def nms(boxes, scores, threshold):
    """Indices of the boxes kept by greedy non-maximum suppression, highest score first."""
    order = np.argsort(scores)[::-1]
    keep = []
    while order.size > 0:
        best = order[0]
        keep.append(best)
        rest = order[1:]
        order = rest[iou(boxes[best], boxes[rest]) < threshold]
    return np.array(keep)


ious = iou(boxes[0], boxes[1:])
kept = nms(boxes, scores, threshold)
